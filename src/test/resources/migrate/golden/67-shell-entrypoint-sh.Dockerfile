# dhi-picker: was openjdk:21
FROM dhi.io/eclipse-temurin:21-debian13
COPY app.jar /app.jar
COPY run.sh /run.sh
ENTRYPOINT ["/bin/sh", "-c", "java $JAVA_OPTS -jar /app.jar"]
