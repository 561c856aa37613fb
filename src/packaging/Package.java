import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds Sirocco's app image with the JDK's own tools, for the system it runs on (run by {@code mvn -Ppackage
 * -DskipTests package}; see the README's "Install on a laptop"):
 * <ol>
 * <li>a Java runtime trimmed by {@code jlink} to the modules the app needs (found by {@code jdeps}), with
 * {@code jdk.localedata} for French and Arabic dates;</li>
 * <li>the app and its libraries, JavaFX's platform jars among them, with a launcher made by {@code jpackage}, at
 * {@code target/dist/Sirocco};</li>
 * <li>with a JDK 25 or newer, an ahead-of-time class cache from a training start of the app, which the launcher
 * uses and which still works after the image is moved;</li>
 * <li>an archive of the image ({@code .tar.gz}, or {@code .zip} on Windows) and, where {@code dpkg-deb} and
 * {@code fakeroot} are present, a {@code .deb} with a desktop entry and icon.</li>
 * </ol>
 * Usage: {@code java Package.java TARGET_DIR APP_JAR LIB_DIR VERSION ICON}. The JDK whose tools are used is
 * {@code SIROCCO_PACKAGE_JDK} when set, else the newest JDK 25+ found in the usual places, else the one running this.
 */
public final class Package {

    private static final String NAME = "Sirocco";
    private static final String MAIN_CLASS = "org.sirocco.app.Main";
    private static final int AOT_MIN_FEATURE = 25;
    /** Modules the app loads by name or service that {@code jdeps} cannot see. */
    private static final List<String> EXTRA_MODULES = List.of("jdk.localedata", "java.logging", "jdk.zipfs");
    /** The locales of English, French and Arabic in every region (org.sirocco.i18n.Language). */
    private static final String LOCALES = "en,fr,ar,ar-*,fr-*";

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java Package.java TARGET_DIR APP_JAR LIB_DIR VERSION ICON");
            System.exit(2);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        Path appJar = Path.of(args[1]).toAbsolutePath();
        Path libs = Path.of(args[2]).toAbsolutePath();
        String version = args[3];
        Path icon = Path.of(args[4]).toAbsolutePath();

        Path jdk = chooseJdk();
        int feature = featureVersion(jdk);
        System.out.println("packaging with the JDK at " + jdk + " (Java " + feature + ")");
        boolean aot = feature >= AOT_MIN_FEATURE;
        if (!aot) {
            System.out.println("NOTE: no JDK " + AOT_MIN_FEATURE + " or newer was found (set SIROCCO_PACKAGE_JDK to "
                    + "one): the image is made without the ahead-of-time class cache, and starts slower");
        }

        Path work = target.resolve("dist-work");
        Path dist = target.resolve("dist");
        deleteTree(work);
        deleteTree(dist);
        Path input = Files.createDirectories(work.resolve("input"));
        Files.copy(appJar, input.resolve(appJar.getFileName()));
        try (Stream<Path> jars = Files.list(libs)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, input.resolve(jar.getFileName()));
            }
        }

        String modules = String.join(",", modules(jdk, appJar, input));
        System.out.println("runtime modules: " + modules);
        Path runtime = work.resolve("runtime");
        // Not compressed: the archive's gzip does better on plain modules, and classes need no inflating at start.
        // Locale data only for the languages the interface speaks: the whole of jdk.localedata is most of its size.
        run(tool(jdk, "jlink"), "--add-modules", modules, "--strip-debug", "--no-header-files", "--no-man-pages",
                "--include-locales=" + LOCALES, "--output", runtime.toString());

        String appVersion = version.replaceAll("[^0-9.].*$", "");
        List<String> jpackage = new ArrayList<>(List.of(tool(jdk, "jpackage"), "--type", "app-image",
                "--name", NAME, "--app-version", appVersion.isEmpty() ? "1.0" : appVersion,
                "--vendor", "Sirocco project", "--description", "Offline viewer of security events in the Maghreb "
                        + "and the Sahel",
                "--input", input.toString(), "--main-jar", appJar.getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(), "--dest", dist.toString()));
        if (feature >= 24) {
            // JavaFX loads its native code and uses sun.misc.Unsafe, which newer runtimes warn about on every start.
            jpackage.addAll(List.of("--java-options", "--enable-native-access=ALL-UNNAMED",
                    "--java-options", "--sun-misc-unsafe-memory-access=allow"));
        }
        if (!isWindows() && !isMac()) {
            jpackage.addAll(List.of("--icon", icon.toString()));
        }
        run(jpackage.toArray(String[]::new));
        Path image = dist.resolve(isMac() ? NAME + ".app" : NAME);

        if (aot) {
            train(image, jdk);
        }

        Path archive = archive(dist, image, version);
        System.out.printf(Locale.ROOT, "image: %s (%.1f MB)%n", image, size(image) / 1e6);
        System.out.printf(Locale.ROOT, "archive: %s (%.1f MB)%n", archive, Files.size(archive) / 1e6);
        if (!isWindows() && !isMac()) {
            deb(jdk, dist, image, appVersion, icon);
        }
    }

    /** The JDK whose jlink and jpackage are used: the one asked for, else the newest 25+, else this one. */
    private static Path chooseJdk() throws IOException {
        String asked = System.getenv("SIROCCO_PACKAGE_JDK");
        if (asked != null && !asked.isBlank()) {
            return Path.of(asked);
        }
        List<Path> roots = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            roots.add(Path.of(javaHome).getParent());
        }
        roots.addAll(List.of(Path.of("/usr/lib/jvm"), Path.of("/Library/Java/JavaVirtualMachines"),
                Path.of("C:\\Program Files\\Eclipse Adoptium"), Path.of("C:\\Program Files\\Java")));
        Optional<Path> newest = Optional.empty();
        int best = 0;
        for (Path root : roots) {
            if (root == null || !Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                for (Path dir : children.toList()) {
                    Path home = Files.isDirectory(dir.resolve("Contents/Home")) ? dir.resolve("Contents/Home") : dir;
                    int feature = Files.isRegularFile(home.resolve("release")) && hasTool(home, "jpackage")
                            ? featureVersion(home) : 0;
                    if (feature >= AOT_MIN_FEATURE && feature > best) {
                        best = feature;
                        newest = Optional.of(home);
                    }
                }
            }
        }
        return newest.orElse(Path.of(System.getProperty("java.home")));
    }

    private static boolean hasTool(Path jdk, String name) {
        return Files.isRegularFile(jdk.resolve("bin").resolve(isWindows() ? name + ".exe" : name));
    }

    private static int featureVersion(Path jdk) throws IOException {
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(jdk.resolve("release"))) {
            release.load(in);
        }
        String v = release.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
        return Integer.parseInt(v.split("[.+-]")[0]);
    }

    private static String tool(Path jdk, String name) {
        if (!hasTool(jdk, name)) {
            throw new IllegalStateException("the JDK at " + jdk + " has no " + name + ": set SIROCCO_PACKAGE_JDK to a"
                    + " full JDK");
        }
        return jdk.resolve("bin").resolve(isWindows() ? name + ".exe" : name).toString();
    }

    /** What jdeps finds the app and its libraries need, and the modules they load by name. */
    private static Set<String> modules(Path jdk, Path appJar, Path input) throws IOException, InterruptedException {
        String classPath = input.resolve("*").toString();
        String found = output(tool(jdk, "jdeps"), "--ignore-missing-deps", "--print-module-deps",
                "--multi-release", "17", "--class-path", classPath, appJar.toString()).trim();
        Set<String> modules = new LinkedHashSet<>(List.of(found.split(",")));
        modules.addAll(EXTRA_MODULES);
        // JavaFX runs from the class path, so the JDK modules its own descriptors require are added by hand.
        modules.addAll(List.of("java.desktop", "java.xml", "jdk.unsupported"));
        return modules;
    }

    /**
     * Starts the packaged app once, headless, until its first frame, recording the classes it loads into an
     * ahead-of-time cache, then points the launcher at it. A failed training leaves an image without the cache.
     */
    private static void train(Path image, Path jdk) throws IOException, InterruptedException {
        Path app = image.resolve(isMac() ? "Contents/app" : isWindows() ? "app" : "lib/app");
        Path cache = app.resolve("sirocco.aot");
        Path launcher = image.resolve(isMac() ? "Contents/MacOS/" + NAME : isWindows() ? NAME + ".exe" : "bin/" + NAME);
        ProcessBuilder pb = new ProcessBuilder(launcher.toString()).inheritIO();
        pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache + " -Dsirocco.exitAfterFirstFrame=true"
                + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k"
                + " -Dheadless.geometry=1600x1000-32 -Dsirocco.config.dir=" + image.getParent().resolve("training"));
        System.out.println("training the ahead-of-time class cache (a headless start of the app)...");
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            p.destroyForcibly();
            Files.deleteIfExists(cache);
            System.out.println("NOTE: the training start failed: the image is made without the class cache");
            return;
        }
        deleteTree(image.getParent().resolve("training"));
        Path cfg = app.resolve(NAME + ".cfg");
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        // $APPDIR is the launcher's own folder, wherever the image has been moved.
        text = text.replace("[JavaOptions]\n", "[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/sirocco.aot\n");
        Files.writeString(cfg, text, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "class cache: %s (%.1f MB)%n", cache, Files.size(cache) / 1e6);
    }

    private static Path archive(Path dist, Path image, String version) throws IOException, InterruptedException {
        String os = isWindows() ? "windows" : isMac() ? "macos" : "linux";
        String arch = System.getProperty("os.arch").replace("amd64", "x64").replace("x86_64", "x64");
        String base = NAME + "-" + version + "-" + os + "-" + arch;
        if (isWindows()) {
            Path zip = dist.resolve(base + ".zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                    Stream<Path> files = Files.walk(image)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    z.putNextEntry(new ZipEntry(dist.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
            return zip;
        }
        // tar keeps the launcher's executable bit, which a zip written by Java would lose.
        Path tgz = dist.resolve(base + ".tar.gz");
        run("tar", "-czf", tgz.toString(), "-C", dist.toString(), image.getFileName().toString());
        return tgz;
    }

    private static void deb(Path jdk, Path dist, Path image, String appVersion, Path icon)
            throws IOException, InterruptedException {
        if (!onPath("dpkg-deb") || !onPath("fakeroot")) {
            System.out.println("NOTE: dpkg-deb or fakeroot is missing: no .deb is made");
            return;
        }
        run(tool(jdk, "jpackage"), "--type", "deb", "--app-image", image.toString(), "--name", NAME,
                "--linux-package-name", "sirocco", "--app-version", appVersion.isEmpty() ? "1.0" : appVersion,
                "--vendor", "Sirocco project", "--description", "Offline viewer of security events in the Maghreb "
                        + "and the Sahel", "--linux-shortcut", "--linux-menu-group", "Education;Science;Geography;",
                "--linux-app-category", "education", "--linux-package-deps", "libgtk-3-0 | libgtk-3-0t64",
                "--icon", icon.toString(), "--dest", dist.toString());
        try (Stream<Path> files = Files.list(dist)) {
            files.filter(f -> f.toString().endsWith(".deb")).forEach(f -> System.out.printf(Locale.ROOT,
                    "deb: %s (%.1f MB)%n", f, sizeOf(f) / 1e6));
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(Package::sizeOf).sum();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with status " + p.exitValue());
        }
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with status " + p.exitValue());
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static boolean isMac() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
