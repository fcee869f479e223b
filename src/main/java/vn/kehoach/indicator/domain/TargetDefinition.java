package vn.kehoach.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.kehoach.plan.StrategyTarget.Direction;
import vn.kehoach.plan.StrategyTarget.Measure;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A target of the catalogue as the administrator keeps it. Plans and reports refer to it by code, so it is never
 * deleted: a target no longer in use is deactivated. Read for plans, reports and attainment by {@link Catalogue}.
 */
@Entity
@Table(name = "indicator_target")
public class TargetDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int goalNo;

    @Column(nullable = false)
    private String wording;

    private boolean wordingConfirmed;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;

    @Column(nullable = false, precision = 12, scale = 0)
    private BigDecimal scale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "target_2025", precision = 12, scale = 2)
    private BigDecimal target2025;

    @Column(name = "target_2025_strict")
    private boolean target2025Strict;

    @Column(name = "target_2025_text")
    private String target2025Text;

    @Column(name = "target_2030", precision = 12, scale = 2)
    private BigDecimal target2030;

    @Column(name = "target_2030_strict")
    private boolean target2030Strict;

    @Column(name = "target_2030_text")
    private String target2030Text;

    private String numeratorLabel;

    private String denominatorLabel;

    private boolean bySex;

    private String source;

    private int position;

    private boolean active;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected TargetDefinition() {
    }

    TargetDefinition(TargetDefinitionCommand command, int position, Instant at, String by) {
        apply(command, position, at, by);
    }

    void update(TargetDefinitionCommand command, Instant at, String by) {
        apply(command, command.position() == null ? position : command.position(), at, by);
    }

    private void apply(TargetDefinitionCommand c, int position, Instant at, String by) {
        this.code = c.code();
        this.goalNo = c.goalNo();
        this.position = position;
        this.wording = c.wording();
        this.wordingConfirmed = c.wordingConfirmed();
        this.unit = c.unit();
        this.measure = c.measure();
        this.scale = c.scale();
        this.direction = c.direction();
        this.target2025 = c.target2025();
        this.target2025Strict = c.target2025Strict();
        this.target2025Text = c.target2025Text();
        this.target2030 = c.target2030();
        this.target2030Strict = c.target2030Strict();
        this.target2030Text = c.target2030Text();
        this.numeratorLabel = c.numeratorLabel();
        this.denominatorLabel = c.denominatorLabel();
        this.bySex = c.bySex();
        this.source = c.source();
        this.active = c.active();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    TargetDefinitionDetails details() {
        return new TargetDefinitionDetails(id, version, new TargetDefinitionCommand(code, goalNo, position, wording,
                wordingConfirmed, unit, measure, Catalogue.strip(scale), direction, Catalogue.strip(target2025),
                target2025Strict, target2025Text, Catalogue.strip(target2030), target2030Strict, target2030Text,
                numeratorLabel, denominatorLabel, bySex, source, active), updatedAt, updatedBy);
    }

    public Long getId() { return id; }

    public String getCode() { return code; }

    public long getVersion() { return version; }
}
