# dhi-picker: was gradle:8-jdk17
FROM dhi.io/gradle:9-jdk17-debian13-dev AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle . .
RUN gradle bootJar --no-daemon

# dhi-picker: was amazoncorretto:17
FROM dhi.io/amazoncorretto:17-debian13
COPY --from=build /home/gradle/src/build/libs/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
