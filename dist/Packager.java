import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds UsThem's installers from what {@code mvn -Pdist package} has laid out in target/dist:
 * {@code input/} (the app's jar and its libraries, without JavaFX) and {@code javafx/} (the
 * JavaFX jars from Maven Central for this OS). jpackage only packages for the OS it runs on, so
 * on Linux this makes the .deb and a portable .tar.gz, on Windows an .msi and a .zip, on macOS a
 * .dmg; each next to the app image it is made from, with a runtime trimmed by jlink.
 *
 * <p>A single-file program (run as {@code java dist/Packager.java ...}) rather than a shell
 * script, so the same steps run on the three systems with nothing but the JDK.
 *
 * <p>Arguments: {@code PROJECT_DIR TARGET_DIR VERSION}.
 */
public class Packager {

    static final String NAME = "UsThem";
    static final String PACKAGE = "usthem";
    static final String DESCRIPTION = "Tells whether copy reads as marketing or as sales, and why";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java dist/Packager.java PROJECT_DIR TARGET_DIR VERSION");
        }
        Path project = Path.of(args[0]);
        Path dist = Path.of(args[1]).resolve("dist");
        String version = PackageVersion.of(args[2]);
        OperatingSystem os = OperatingSystem.current();
        Path work = dist.resolve("work");
        Files.createDirectories(work);

        JavaFxJmods javafx = new JavaFxJmods(dist.resolve("javafx"), work.resolve("javafx-staging"),
                work.resolve("jmods"));
        javafx.build();
        Path runtime = new RuntimeImage(dist.resolve("input"), javafx, work.resolve("runtime")).build();
        Path image = new AppImage(project, dist.resolve("input"), runtime, dist.resolve("image"), version, os)
                .build();
        List<Path> made = new ArrayList<>();
        switch (os) {
            case LINUX -> {
                Path completion = new CompletionScripts(project, runtime, dist.resolve("input"),
                        work.resolve("completion")).write();
                made.add(new DebPackage(project, image, completion, work, dist, version).build());
                made.add(PortableArchive.of(image, dist.resolve(NAME + "-" + version + "-linux-x64.tar.gz")));
            }
            case WINDOWS -> {
                made.add(new NativeInstaller(project, image, dist, version).build(NativeInstaller.WINDOWS_MSI));
                made.add(PortableArchive.of(image, dist.resolve(NAME + "-" + version + "-windows-x64.zip")));
            }
            case MAC -> made.add(new NativeInstaller(project, image, dist, version).build(NativeInstaller.MAC_DMG));
        }
        SizeReport.print(image, made);
    }
}

/** The three systems jpackage builds for; each builds only its own packages. */
enum OperatingSystem {
    LINUX, WINDOWS, MAC;

    static OperatingSystem current() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
    }

    /** The icon format each system's packages need (jpackage refuses the others). */
    Path icon(Path project) {
        String file = switch (this) {
            case LINUX -> "usthem.png";
            case WINDOWS -> "usthem.ico";
            case MAC -> "usthem.icns";
        };
        return project.resolve("dist/icons").resolve(file);
    }
}

/** jpackage wants 1 to 3 numbers (Windows and macOS refuse "-SNAPSHOT"): "0.1.0-SNAPSHOT" packages as 0.1.0. */
final class PackageVersion {

    private static final Pattern NUMBERS = Pattern.compile("^(\\d+(\\.\\d+){0,2})");

    private PackageVersion() {
    }

    static String of(String projectVersion) {
        Matcher matcher = NUMBERS.matcher(projectVersion);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no version number in '" + projectVersion + "'");
        }
        return matcher.group(1);
    }
}

/** Runs the JDK's tools in this JVM and other programs as processes; any failure stops the build. */
final class Tools {

    private Tools() {
    }

    static void jdk(String tool, List<String> args) {
        PrintWriter out = new PrintWriter(System.out, true);
        int code = provider(tool, args).run(out, new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + code);
        }
    }

    /** What a JDK tool prints, for tools whose output is the answer (jdeps); its errors still go to stderr. */
    static String jdkOutput(String tool, List<String> args) {
        StringWriter out = new StringWriter();
        int code = provider(tool, args).run(new PrintWriter(out, true), new PrintWriter(System.err, true),
                args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + code + ":\n" + out);
        }
        return out.toString();
    }

    private static ToolProvider provider(String tool, List<String> args) {
        System.out.println("[dist] " + tool + " " + String.join(" ", args));
        return ToolProvider.findFirst(tool).orElseThrow(
                () -> new IllegalStateException(tool + " is missing: build with a full JDK 17 or newer"));
    }

    static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        return run(directory, Map.of(), command);
    }

    static String run(Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        System.out.println("[dist] " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory == null ? null : directory.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed with exit code " + process.exitValue());
        }
        return out;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

/**
 * JavaFX modules as jmods, made from the Maven Central jars. OpenJFX recommends jlinking its jmods
 * rather than its jars: from a jar, JavaFX copies its native libraries to ~/.openjfx/cache on every
 * new machine and user, outside the user's workspace. The jmods it publishes are not on Maven
 * Central, so this repacks each jar the way they are made: classes and resources as the module,
 * the native libraries as its libs, which jlink puts in the runtime's own lib (or bin) folder.
 */
record JavaFxJmods(Path jars, Path staging, Path out) {

    private static final Pattern NATIVE_LIBRARY = Pattern.compile("[^/]+\\.(so|dll|dylib)");
    /** The SWT bridge inside javafx-graphics needs SWT, which UsThem does not use or ship; a module has no manifest. */
    private static final Set<String> LEFT_OUT = Set.of("javafx-swt.jar", "META-INF/MANIFEST.MF");

    Path build() throws IOException {
        Tools.deleteTree(staging);
        Tools.deleteTree(out);
        Files.createDirectories(out);
        Set<String> jdkLibraries = jdkNativeLibraries();
        try (Stream<Path> files = Files.list(jars)) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                Optional<ModuleReference> module = ModuleFinder.of(jar).findAll().stream().findFirst();
                // The jar without a platform classifier is an empty placeholder with an automatic name.
                if (module.isPresent() && !module.get().descriptor().isAutomatic()) {
                    repack(jar, module.get().descriptor().name(), module.get().descriptor().rawVersion().orElse(null),
                            jdkLibraries);
                }
            }
        }
        return out;
    }

    /** The modules' classes as exploded module folders, for jdeps (which reads no jmod). */
    String explodedModulePath() throws IOException {
        try (Stream<Path> modules = Files.list(staging)) {
            return modules.map(module -> module.resolve("classes").toString()).sorted()
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }

    private void repack(Path jar, String module, String version, Set<String> jdkLibraries) throws IOException {
        Path classes = staging.resolve(module).resolve("classes");
        Path libs = staging.resolve(module).resolve("libs");
        Files.createDirectories(classes);
        Files.createDirectories(libs);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().filter(entry -> !entry.isDirectory()).toList()) {
                String name = entry.getName();
                boolean nativeLibrary = NATIVE_LIBRARY.matcher(name).matches();
                // On Windows the jar carries the MSVC runtime the JDK already has; jlink refuses two copies.
                if (LEFT_OUT.contains(name) || (nativeLibrary && jdkLibraries.contains(name))) {
                    continue;
                }
                Path target = (nativeLibrary ? libs : classes).resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        try (Stream<Path> natives = Files.list(libs)) {
            if (natives.findAny().isPresent()) {
                args.addAll(List.of("--libs", libs.toString()));
            }
        }
        if (version != null) {
            args.addAll(List.of("--module-version", version));
        }
        args.add(out.resolve(module + ".jmod").toString());
        Tools.jdk("jmod", args);
    }

    private static Set<String> jdkNativeLibraries() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        List<Path> folders = List.of(home.resolve("bin"), home.resolve("lib"));
        Set<String> names = new HashSet<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(file -> file.getFileName().toString()).forEach(names::add);
                }
            }
        }
        return names;
    }
}

/**
 * The Java runtime the app ships with: only the modules it uses, JavaFX included, trimmed by jlink.
 * The JDK modules are found by jdeps on every jar the app ships, at each build, so a library that
 * needs one more module brings it along instead of failing at run time on the user's machine.
 */
record RuntimeImage(Path input, JavaFxJmods javafx, Path out) {

    /**
     * What jdeps cannot see: JavaFX is not among the jars it reads (it goes into the runtime), and
     * the shipped corpus and decks are read from the jar as a zip file system, a service of jdk.zipfs.
     */
    static final List<String> BESIDES_JDEPS = List.of("javafx.controls", "jdk.zipfs");

    Path build() throws IOException {
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jdkJmods)) {
            throw new IllegalStateException("no " + jdkJmods + ": jlink needs a JDK with its jmods");
        }
        Set<String> modules = new TreeSet<>(jdkModulesUsed());
        modules.addAll(BESIDES_JDEPS);
        Tools.deleteTree(out);
        Tools.jdk("jlink", List.of("--module-path", jdkJmods + File.pathSeparator + javafx.out(),
                "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                // The JDK's class-data sharing archive, which a jlinked runtime otherwise lacks: it
                // spares each start the parsing of the JDK's own classes.
                "--generate-cds-archive",
                "--output", out.toString()));
        // jlink also writes the archive for heaps over 32 GB (no compressed pointers): 11 MB nobody here uses.
        Files.deleteIfExists(out.resolve("lib/server/classes_nocoops.jsa"));
        return out;
    }

    private List<String> jdkModulesUsed() throws IOException {
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", javafx.explodedModulePath(),
                "--class-path", input + File.separator + "*"));
        try (Stream<Path> jars = Files.list(input)) {
            jars.filter(file -> file.toString().endsWith(".jar")).sorted().map(Path::toString).forEach(args::add);
        }
        String printed = Tools.jdkOutput("jdeps", args).strip();
        return List.of(printed.substring(printed.lastIndexOf('\n') + 1).split(","));
    }
}

/** The portable app: launcher, runtime and jars in one folder; every installer is made from it. */
record AppImage(Path project, Path input, Path runtime, Path out, String version, OperatingSystem os) {

    Path build() throws IOException {
        Tools.deleteTree(out);
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", Packager.NAME,
                "--app-version", version, "--description", Packager.DESCRIPTION, "--vendor", Packager.NAME,
                "--input", input.toString(), "--main-jar", mainJar(), "--main-class", "com.usthem.Main",
                "--runtime-image", runtime.toString(), "--icon", os.icon(project).toString(),
                "--dest", out.toString()));
        if (os == OperatingSystem.WINDOWS) {
            // UsThem.exe is a windowed program with no console to print to; the command line needs its own.
            Path console = project.resolve("dist/windows/usthem-cli.properties");
            args.addAll(List.of("--add-launcher", "usthem-cli=" + console));
        }
        Tools.jdk("jpackage", args);
        return out.resolve(os == OperatingSystem.MAC ? Packager.NAME + ".app" : Packager.NAME);
    }

    private String mainJar() throws IOException {
        try (Stream<Path> files = Files.list(input)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("-app.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no *-app.jar in " + input));
        }
    }
}

/**
 * bash and zsh completion for the {@code usthem} command, printed by the app itself from its
 * picocli command tree; running it on the new runtime also proves that runtime starts the CLI.
 */
record CompletionScripts(Path project, Path runtime, Path input, Path out) {

    /** A folder laid out as the .deb installs the two files: usr/share/{bash-completion,zsh}/... */
    Path write() throws IOException, InterruptedException {
        Tools.deleteTree(out);
        Path bash = out.resolve("usr/share/bash-completion/completions/" + Packager.PACKAGE);
        Path zsh = out.resolve("usr/share/zsh/vendor-completions/_" + Packager.PACKAGE);
        Files.createDirectories(bash.getParent());
        Files.createDirectories(zsh.getParent());
        String java = runtime.resolve("bin/java").toString();
        String script = Tools.run(null, List.of(java, "-cp", input + File.separator + "*", "com.usthem.Main",
                "generate-completion"));
        Files.writeString(bash, script, StandardCharsets.UTF_8);
        Files.copy(project.resolve("dist/linux/_usthem"), zsh);
        return out;
    }
}

/**
 * The Debian package: jpackage's .deb of the app image (in /opt/usthem, depending on the library
 * packages its native code needs), to which this adds what jpackage cannot: the {@code usthem}
 * command on the PATH, the menu entry and the completion files, as files dpkg owns and removes,
 * with md5sums so {@code dpkg --verify} can tell that nothing changed them.
 */
record DebPackage(Path project, Path image, Path completion, Path work, Path dist, String version) {

    static final String INSTALL_DIR = "/opt/" + Packager.PACKAGE;

    Path build() throws IOException, InterruptedException {
        Path jpackaged = work.resolve("deb");
        Tools.deleteTree(jpackaged);
        // jpackage's .deb is only unpacked again below: left uncompressed, it is not compressed twice.
        String jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage").toString();
        Tools.run(null, Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"), List.of(jpackage, "--type", "deb",
                "--app-image", image.toString(), "--name", Packager.NAME,
                "--app-version", version, "--description", Packager.DESCRIPTION, "--vendor", Packager.NAME,
                "--linux-package-name", Packager.PACKAGE, "--linux-app-category", "text",
                "--license-file", project.resolve("LICENSE").toString(), "--dest", jpackaged.toString()));
        Path deb;
        try (Stream<Path> files = Files.list(jpackaged)) {
            deb = files.filter(file -> file.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Path tree = work.resolve("deb-tree");
        Tools.deleteTree(tree);
        Tools.run(null, List.of("dpkg-deb", "--raw-extract", deb.toString(), tree.toString()));
        addCommand(tree);
        addMenuEntry(tree);
        copyTree(completion, tree);
        writeMd5sums(tree);
        setInstalledSize(tree);
        Path result = dist.resolve(deb.getFileName());
        Tools.run(null, List.of("fakeroot", "dpkg-deb", "--build", tree.toString(), result.toString()));
        return result;
    }

    private static void addCommand(Path tree) throws IOException {
        Path bin = Files.createDirectories(tree.resolve("usr/bin"));
        Files.createSymbolicLink(bin.resolve(Packager.PACKAGE), Path.of(INSTALL_DIR, "bin", Packager.NAME));
    }

    /**
     * The menu entry as a file in /usr/share/applications, which desktops read by themselves.
     * jpackage's --linux-shortcut installs it with xdg-desktop-menu from the maintainer scripts
     * instead, which fails (and so fails the whole install, and the removal) on a system without
     * a desktop's menu folders, such as a server or a fresh CI machine.
     */
    private void addMenuEntry(Path tree) throws IOException {
        Path applications = Files.createDirectories(tree.resolve("usr/share/applications"));
        Files.copy(project.resolve("dist/linux/usthem.desktop"), applications.resolve(Packager.PACKAGE + ".desktop"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void writeMd5sums(Path tree) throws IOException {
        StringBuilder sums = new StringBuilder();
        for (Path file : packagedFiles(tree)) {
            sums.append(md5(file)).append("  ").append(tree.relativize(file).toString().replace('\\', '/'))
                    .append('\n');
        }
        Files.writeString(tree.resolve("DEBIAN/md5sums"), sums.toString(), StandardCharsets.UTF_8);
    }

    /** Installed-Size in KiB, as dpkg counts it: each file rounded up, each directory and link one. */
    private static void setInstalledSize(Path tree) throws IOException {
        long kib = 0;
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.filter(path -> !path.startsWith(tree.resolve("DEBIAN"))).toList()) {
                kib += Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        ? (Files.size(path) + 1023) / 1024 : 1;
            }
        }
        Path control = tree.resolve("DEBIAN/control");
        String text = Files.readString(control, StandardCharsets.UTF_8)
                .replaceAll("(?m)^Installed-Size:.*$", "Installed-Size: " + kib);
        Files.writeString(control, text, StandardCharsets.UTF_8);
    }

    private static List<Path> packagedFiles(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            return paths.filter(path -> !path.startsWith(tree.resolve("DEBIAN")))
                    .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        }
    }

    private static String md5(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            return String.format("%032x", new BigInteger(1, digest.digest(Files.readAllBytes(file))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

/** An installer that jpackage makes from the app image for the system it runs on: .msi or .dmg. */
record NativeInstaller(Path project, Path image, Path dist, String version) {

    /**
     * Per-user (no administrator needed), in the Start menu and on the desktop. The upgrade UUID is
     * fixed for ever, so a newer .msi upgrades an installed UsThem instead of installing beside it.
     */
    static final List<String> WINDOWS_MSI = List.of("--type", "msi", "--win-menu", "--win-menu-group",
            Packager.NAME, "--win-shortcut", "--win-per-user-install",
            "--win-upgrade-uuid", "3f0c7c52-6a53-4d0e-9a4e-6b1c1d0b7e2a");
    /** A disk image with UsThem.app to drag to Applications. */
    static final List<String> MAC_DMG = List.of("--type", "dmg", "--mac-package-identifier", "com.usthem.UsThem",
            "--mac-package-name", Packager.NAME);

    Path build(List<String> typeAndOptions) throws IOException {
        Path out = dist.resolve("work/installer");
        Tools.deleteTree(out);
        List<String> args = new ArrayList<>(typeAndOptions);
        args.addAll(List.of("--app-image", image.toString(), "--name", Packager.NAME, "--app-version", version,
                "--description", Packager.DESCRIPTION, "--vendor", Packager.NAME,
                "--license-file", project.resolve("LICENSE").toString(), "--dest", out.toString()));
        Tools.jdk("jpackage", args);
        try (Stream<Path> files = Files.list(out)) {
            Path file = files.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made nothing"));
            return Files.move(file, dist.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

/** The app image as one archive, to unpack anywhere and run without installing. */
final class PortableArchive {

    private PortableArchive() {
    }

    /** A .tar.gz made by tar, which keeps the launchers executable, or a .zip (Windows has no such bits). */
    static Path of(Path image, Path archive) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        if (archive.toString().endsWith(".zip")) {
            zip(image, archive);
        } else {
            Tools.run(image.getParent(), List.of("tar", "-czf", archive.toString(), image.getFileName().toString()));
        }
        return archive;
    }

    private static void zip(Path image, Path archive) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive));
             Stream<Path> paths = Files.walk(image)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(image.getParent().relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }
}

/** The figures the README quotes: each package's size and the installed app's. */
final class SizeReport {

    private SizeReport() {
    }

    static void print(Path image, List<Path> packages) throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Path file : packages) {
            sizes.put(file.getFileName().toString(), Files.size(file));
        }
        sizes.put(image.getFileName() + " (app image, as installed)", treeSize(image));
        System.out.println("[dist] packages in " + packages.get(0).getParent() + ":");
        sizes.forEach((name, bytes) -> System.out.printf(Locale.ROOT, "[dist]   %-45s %6.1f MB%n", name,
                bytes / 1_000_000.0));
    }

    static long treeSize(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(path -> {
                        try {
                            return Files.size(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        }
    }
}
