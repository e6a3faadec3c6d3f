####
# Runtime image of the Ségur eligibility service (Quarkus JVM "fast-jar" packaging).
#
# Build with ./mvnw package first, then docker build -t segur-eligibility:1.0.0 .
# Run with:  docker run --rm -p 8080:8080 segur-eligibility:1.0.0
#
# Same structure as the Dockerfile.jvm that Quarkus generates; the base image is the UBI 9
# OpenJDK 17 runtime image and tag Quarkus 3.33 itself uses for Java 17 (ContainerImages.UBI9_JAVA_17).
# The image's run-java.sh computes container-aware JVM options; JAVA_OPTS_APPEND is appended last,
# so its flags win. Runtime configuration comes from environment variables (k8s/configmap.yaml).
###
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24

ENV LANGUAGE='en_US:en'

# Four distinct layers, so that when only the application changes the library layers are re-used.
COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/quarkus-run.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
USER 185

# AppCDS archive of the classes Quarkus loads up to its static initialisation, written by this image's own JDK (an
# archive only fits the exact JDK build that wrote it, so target/quarkus-app/app-cds.jsa of ./mvnw package is not
# copied). The same absolute jar path as at run time (JAVA_APP_JAR), so that the archive's class path matches.
# About 10 % less CPU to readiness (bench/startup.sh); if the archive cannot be used, the JVM starts without it.
RUN java -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa -Dquarkus.appcds.generate=true -jar /deployments/quarkus-run.jar \
    && test -s /deployments/app-cds.jsa

# The collector: run-java.sh passes GC_CONTAINER_OPTIONS (the image's default is -XX:+UseParallelGC; a collector
# in JAVA_OPTS_APPEND would conflict with it and the JVM would not start), then the image's heap ratios
# (-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4). G1 with a full collection after 15 s
# without any collection: an idle pod gives back the heap a burst grew (bench/footprint.sh: RSS after load, then idle).
ENV GC_CONTAINER_OPTIONS="-XX:+UseG1GC -XX:G1PeriodicGCInterval=15000 -XX:-G1PeriodicGCInvokesConcurrent"

# - quarkus.http.host=0.0.0.0: listen on every interface of the container, not only loopback.
# - MaxRAMPercentage=75: heap sized from the container memory limit (512Mi in k8s/deployment.yaml).
# - ExitOnOutOfMemoryError: a JVM out of memory exits, so that Kubernetes restarts the container.
# - SharedArchiveFile: the AppCDS archive written above.
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/deployments/app-cds.jsa"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"

# No HEALTHCHECK: curl is not guaranteed in this minimal image, Kubernetes ignores Dockerfile
# health checks anyway (and OCI images do not carry them); the startup, liveness and readiness
# probes in k8s/deployment.yaml (/q/health/started, /q/health/live, /q/health/ready) do the health checking.
HEALTHCHECK NONE

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
