// polybridge:jit on an older JDK: the argument file turns nothing on, one warning says why;
// polybridge:runtime fails saying which JDK it needs.
def javaHome = new File(System.getProperty('java.home')).canonicalPath
def version = new File(javaHome, 'release').readLines()
        .find { it.startsWith('JAVA_RUNTIME_VERSION=') }
        .replaceAll(/^JAVA_RUNTIME_VERSION="(.*)"$/, '$1')
def jdk = "JDK ${version} (${javaHome})"

def argFile = new File(basedir, 'target/polybridge/jvm.args')
assert argFile.text == "# Written by polybridge:jit. ${jdk} cannot run the Graal compiler ${graalvmVersion},\n" +
        "# which needs JDK ${graalvmVersion} or a later JDK 25 update: this file turns nothing on.\n"
assert !new File(basedir, 'target/polybridge/jit').exists()

def log = new File(basedir, 'build.log').readLines()
def warning = "[WARNING] polybridge:jit: ${jdk} cannot run the Graal compiler ${graalvmVersion} (it needs" +
        " JDK ${graalvmVersion} or a later JDK 25 update), so target/polybridge/jvm.args turns nothing" +
        " on and guest code runs in GraalVM's interpreter; run Maven with JAVA_HOME set to such a JDK," +
        " or set jdkHome."
assert log.count(warning) == 1
assert log.count { it.startsWith('[WARNING]') } == 1
assert log.any {
    it.contains("polybridge:runtime links the Graal compiler ${graalvmVersion}, which needs JDK" +
            " ${graalvmVersion} or a later JDK 25 update, and ${jdk} is not one. Run Maven with" +
            " JAVA_HOME set to such a JDK, or set <jdkHome>.")
}
// The argument file really is one java accepts: the JVM starts with it.
def java = new File(javaHome, 'bin/java').path
def process = [java, "@${argFile}", '-version'].execute()
process.waitForProcessOutput(new StringBuilder(), new StringBuilder())
assert process.exitValue() == 0
return true
