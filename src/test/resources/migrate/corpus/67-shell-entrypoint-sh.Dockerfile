FROM openjdk:21
COPY app.jar /app.jar
COPY run.sh /run.sh
ENTRYPOINT ["/bin/sh", "-c", "java $JAVA_OPTS -jar /app.jar"]
