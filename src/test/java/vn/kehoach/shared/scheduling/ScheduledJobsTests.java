package vn.kehoach.shared.scheduling;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Several nodes run the same jobs: each must take its lock in the database, or it runs once per node. */
class ScheduledJobsTests {

    @Test
    void everyScheduledJobTakesALockAcrossNodes() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*")));
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.kehoach")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) continue;
                String name = type.getSimpleName() + "." + method.getName();
                scheduled.add(name);
                if (!AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class)) unlocked.add(name);
            }
        }
        assertThat(scheduled).as("the scan finds the reminder job").contains("ReminderJob.run");
        assertThat(unlocked).as("scheduled without @SchedulerLock").isEmpty();
    }
}
