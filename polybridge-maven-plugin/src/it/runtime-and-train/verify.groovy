import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.util.zip.ZipEntry
import java.util.zip.ZipFile
import java.util.zip.ZipOutputStream
import javax.tools.ToolProvider

// What the three builds logged: one link, a training per class path, then nothing to do.
def log = new File(basedir, 'build.log').readLines()
assert log.count { it.startsWith('[INFO] Linking target/polybridge/runtime with ') } == 1
assert log.count('[INFO] Runtime image target/polybridge/runtime is up to date') == 2
assert log.count { it.startsWith('[INFO] Training the AOT cache (there is no AOT cache yet): running it.Check') } == 1
assert log.count { it.startsWith('[INFO] Training the AOT cache (the training run changed (main class, arguments, JVM options or class path)): running it.Check') } == 1
assert log.count('[INFO] AOT cache target/polybridge/runtime/lib/polybridge/app.aot is up to date') == 1

// polybridge:jit: the five jars and the argument file.
def polybridge = new File(basedir, 'target/polybridge')
assert new File(polybridge, 'jit').list().sort() == ["collections-${graalvmVersion}.jar", "compiler-${graalvmVersion}.jar",
        "nativeimage-${graalvmVersion}.jar", "truffle-compiler-${graalvmVersion}.jar", "word-${graalvmVersion}.jar"]
def jitDir = new File(polybridge, 'jit').canonicalPath
assert new File(polybridge, 'jvm.args').readLines().findAll { !it.startsWith('#') } == [
        '-XX:+UnlockExperimentalVMOptions', '-XX:+EnableJVMCI', "--upgrade-module-path=${jitDir}".toString(),
        '--enable-native-access=ALL-UNNAMED', '--sun-misc-unsafe-memory-access=allow']

def image = new File(polybridge, 'runtime').canonicalFile
def classpath = new File(image, 'lib/polybridge/app.classpath').text.trim()
def appJar = new File(basedir, 'target/runtime-and-train-1.0.jar').canonicalFile
assert classpath.split(':')[0] == appJar.path
assert classpath.contains('apiguardian-api-1.1.2.jar')

def run(List command) {
    def out = new StringBuilder(), err = new StringBuilder()
    def process = command*.toString().execute(null, basedir)
    process.waitForProcessOutput(out, err)
    return [process.exitValue(), out.toString(), err.toString()]
}
def cache = new File(image, 'lib/polybridge/app.aot').path
def launcher = new File(image, 'bin/polybridge-java').path
def java = new File(image, 'bin/java').path

// The image's java optimizes with no flag at all; its jdk.graal.compiler is the compiler jar on the
// baked module path, not the JDK's empty placeholder (which would list as jdk.graal.compiler@25...).
assert run([java, '-cp', classpath, 'it.Check']) == [0, 'engine=GraalVM CE\nversion=v1\n', '']
assert run([java, '--list-modules']).get(1).readLines().findAll { it.startsWith('jdk.graal.compiler') } ==
        ["jdk.graal.compiler file://${image}/lib/polybridge/jit/compiler-${graalvmVersion}.jar".toString()]

// The launcher uses the cache for the trained class path, which is also its default.
assert run([launcher, 'it.Check']) == [0, 'engine=GraalVM CE\nversion=v1\n', '']
def loaded = run([launcher, '-Xlog:class+load', '-cp', classpath, 'it.Check'])
assert loaded[1].readLines().any { it.endsWith(' it.Check source: shared objects file') }

// Another class path: no cache, one line saying why, the program runs.
def other = run([launcher, '-cp', "${classpath}:${basedir}/extra.jar", 'it.Check'])
assert other == [0, 'engine=GraalVM CE\nversion=v1\n',
        "polybridge-java: not using the AOT cache ${cache}: it was trained for another class path (see ${image}/lib/polybridge/app.classpath); run polybridge:train to rebuild it\n".toString()]

// A rebuilt jar: the JDK would still run the cached v1 classes; the launcher leaves the cache out.
def sources = new File(basedir, 'v2')
sources.mkdirs()
new File(sources, 'Version.java').text = 'package it; final class Version { private Version() {} static String text() { return "v2"; } }\n'
assert ToolProvider.getSystemJavaCompiler().run(null, null, null, '--release', '17', '-d', sources.path, new File(sources, 'Version.java').path) == 0
def rebuilt = new File(basedir, 'target/rebuilt.jar')
new ZipFile(appJar).withCloseable { zip ->
    new ZipOutputStream(rebuilt.newOutputStream()).withCloseable { out ->
        zip.entries().each { entry ->
            out.putNextEntry(new ZipEntry(entry.name))
            out << (entry.name == 'it/Version.class' ? new File(sources, 'it/Version.class').bytes : zip.getInputStream(entry).bytes)
            out.closeEntry()
        }
    }
}
Files.move(rebuilt.toPath(), appJar.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING)
Files.setLastModifiedTime(appJar.toPath(), FileTime.fromMillis(new File(cache).lastModified() + 2000))
def stale = run([launcher, 'it.Check'])
assert stale == [0, 'engine=GraalVM CE\nversion=v2\n',
        "polybridge-java: not using the AOT cache ${cache}: ${appJar} changed after training; run polybridge:train to rebuild it\n".toString()]
return true
