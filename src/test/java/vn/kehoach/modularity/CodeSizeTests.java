package vn.kehoach.modularity;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps every class and method small enough to read in one sitting: a source file of at most 400 lines and a
 * method whose code spans at most 60 lines. Method lengths come from the compiled line tables, so comments and
 * blank lines around a method do not count and a lambda's body counts towards the method that holds it.
 */
class CodeSizeTests {

    private static final int MAX_CLASS_LINES = 400;
    private static final int MAX_METHOD_LINES = 60;
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void noSourceFileIsLongerThan400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > MAX_CLASS_LINES) tooLong.add(SOURCES.relativize(file) + ": " + lines);
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noMethodSpansMoreThan60Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                tooLong.addAll(longMethods(file));
            }
        }
        assertThat(tooLong).isEmpty();
    }

    private static List<String> longMethods(Path classFile) {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile)) {
            ClassReader reader = new ClassReader(in);
            // The compiler's own classes (an enum switch's lookup table) have no source of their own to read.
            if ((reader.getAccess() & Opcodes.ACC_SYNTHETIC) != 0) return found;
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    // Lambdas are measured within the method that declares them; bridges copy another's lines.
                    if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) return null;
                    return new MethodVisitor(Opcodes.ASM9) {
                        private final Set<Integer> lines = new HashSet<>();
                        private int first = Integer.MAX_VALUE;
                        private int last = Integer.MIN_VALUE;

                        @Override
                        public void visitLineNumber(int line, Label start) {
                            lines.add(line);
                            first = Math.min(first, line);
                            last = Math.max(last, line);
                        }

                        @Override
                        public void visitEnd() {
                            // Constructors and static initialisers also run every field initialiser of the class,
                            // wherever it is written: they are measured by the lines they run, not by their span.
                            boolean initialiser = name.startsWith("<");
                            int span = initialiser ? lines.size() : last - first + 1;
                            if (first != Integer.MAX_VALUE && span > MAX_METHOD_LINES) {
                                found.add(reader.getClassName().replace('/', '.') + "." + name + ": " + span);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
