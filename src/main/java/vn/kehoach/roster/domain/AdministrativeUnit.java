package vn.kehoach.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.springframework.data.domain.Persistable;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of an administrative unit: a code and a name valid over a period. When the map changes the old version
 * is closed ({@link #close}) and a new one is created with links to it, so plans and reports made under the old name
 * keep it.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit implements Persistable<Long> {

    /**
     * Taken from the sequence before the unit is built ({@link AdministrativeUnitRepository#nextId()}): the path
     * contains the id and must be complete in the insert (Hibernate captures the state to insert at persist time).
     */
    @Id
    private Long id;

    @Transient
    private boolean isNew;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String fullName;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitLevel level;

    private Long parentId;

    @Column(nullable = false)
    private String path;

    private short depth;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    private AdministrativeUnit(long id, String code, String name, String fullName, String nameEn, UnitType type,
                               LocalDate validFrom, LocalDate validTo, Instant createdAt) {
        this.id = id;
        this.isNew = true;
        this.code = code;
        this.name = name;
        this.fullName = fullName;
        this.nameEn = nameEn;
        this.type = type;
        this.level = type.level();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = createdAt;
    }

    /** A new unit with an id from {@link AdministrativeUnitRepository#nextId()}, placed under {@code parent}. */
    public static AdministrativeUnit create(long id, AdministrativeUnit parent, String code, String name,
                                            String fullName, String nameEn, UnitType type, LocalDate validFrom,
                                            LocalDate validTo, Instant now) {
        AdministrativeUnit unit = new AdministrativeUnit(id, code, name, fullName, nameEn, type, validFrom, validTo,
                now);
        unit.parentId = parent.getId();
        unit.path = parent.getPath() + id + "/";
        unit.depth = (short) (parent.getDepth() + 1);
        return unit;
    }

    @Override
    public boolean isNew() { return isNew; }

    @PostLoad
    @PostPersist
    void markPersisted() {
        isNew = false;
    }

    public void rename(String name, String fullName, String nameEn, UnitType type) {
        if (type.level() != level) throw new IllegalArgumentException("a unit cannot change level");
        this.name = name;
        this.fullName = fullName;
        this.nameEn = nameEn;
        this.type = type;
    }

    public void changeValidity(LocalDate validFrom, LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Ends this version on the day before {@code effectiveOn}. */
    public void close(LocalDate effectiveOn) {
        LocalDate lastDay = effectiveOn.minusDays(1);
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("unit " + code + " cannot end before it starts");
        }
        this.validTo = lastDay;
    }

    public boolean validAt(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public UnitRef toRef() {
        return new UnitRef(id, code, name, fullName, type, level, parentId, path, validFrom, validTo);
    }

    @Override
    public Long getId() { return id; }

    public String getCode() { return code; }

    public String getName() { return name; }

    public String getFullName() { return fullName; }

    public String getNameEn() { return nameEn; }

    public UnitType getType() { return type; }

    public UnitLevel getLevel() { return level; }

    public Long getParentId() { return parentId; }

    public String getPath() { return path; }

    public short getDepth() { return depth; }

    public LocalDate getValidFrom() { return validFrom; }

    public LocalDate getValidTo() { return validTo; }

    public long getVersion() { return version; }
}
