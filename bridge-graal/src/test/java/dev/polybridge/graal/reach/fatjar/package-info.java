/**
 * A minimal Spring Boot style fat-jar launcher for {@code PythonPathResourceTest}: the URL forms
 * Spring Boot's launchers hand out for {@code BOOT-INF/classes} and {@code BOOT-INF/lib/*.jar}
 * ({@code jar:nested:/app.jar/!BOOT-INF/lib/x.jar!/} in Spring Boot 3.2+, {@code
 * jar:file:/app.jar!/BOOT-INF/lib/x.jar!/} in Spring Boot 2), without a Spring dependency. Uses
 * only the JDK.
 */
package dev.polybridge.graal.reach.fatjar;
