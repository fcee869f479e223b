package vn.kehoach.indicator.domain;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;

/**
 * Keeps the catalogue of targets: only a system administrator adds or changes targets. A target is deactivated, never
 * deleted, because plans and reports name it by its code.
 */
@Service
@Transactional
public class CatalogueAdmin {

    private final TargetDefinitionRepository targets;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogueAdmin(TargetDefinitionRepository targets, Catalogue catalogue, AuditTrail audit, Clock clock) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TargetDefinitionDetails get(CurrentUser user, long id) {
        Access.requireSystemAdmin(user);
        return find(id).details();
    }

    public long create(CurrentUser user, TargetDefinitionCommand command) {
        Access.requireSystemAdmin(user);
        check(command, null);
        int position = command.position() != null ? command.position() : targets.nextPosition(command.goalNo());
        TargetDefinition target = save(new TargetDefinition(command, position, clock.instant(), user.username()));
        audit.record(AuditEntry.of(AuditAction.TARGET_DEFINITION_CREATED, user).object(target.getCode())
                .after(target.details()));
        return target.getId();
    }

    public void update(CurrentUser user, long id, long version, TargetDefinitionCommand command) {
        Access.requireSystemAdmin(user);
        TargetDefinition target = find(id);
        if (target.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(TargetDefinition.class, id);
        }
        // Plans, reports and accepted values hold the code: changing it would cut them off from the target.
        if (!target.getCode().equals(command.code())) {
            throw new BusinessRuleException("indicator.catalogue.error.codeFixed", target.getCode());
        }
        check(command, id);
        TargetDefinitionDetails before = target.details();
        target.update(command, clock.instant(), user.username());
        save(target);
        audit.record(AuditEntry.of(AuditAction.TARGET_DEFINITION_UPDATED, user).object(target.getCode())
                .before(before).after(target.details()));
    }

    private void check(TargetDefinitionCommand command, Long id) {
        if (catalogue.goals().stream().noneMatch(g -> g.no() == command.goalNo())) {
            throw new BusinessRuleException("indicator.catalogue.error.goalUnknown");
        }
        if (targets.codeTaken(command.code(), id)) {
            throw new BusinessRuleException("indicator.catalogue.error.codeTaken", command.code());
        }
    }

    /** Flushed here so that a code taken by a concurrent request is reported as such, not as a server error. */
    private TargetDefinition save(TargetDefinition target) {
        try {
            return targets.saveAndFlush(target);
        } catch (DataIntegrityViolationException e) {
            String cause = String.valueOf(e.getMostSpecificCause().getMessage());
            if (!cause.contains("indicator_target_code_uk")) throw e;
            throw new BusinessRuleException("indicator.catalogue.error.codeTaken", target.getCode());
        }
    }

    private TargetDefinition find(long id) {
        return targets.findById(id).orElseThrow(() -> new NotFoundException("target", id));
    }
}
