# dhi-picker: was eclipse-temurin:17
FROM dhi.io/eclipse-temurin:17-jdk-debian13-dev AS builder
WORKDIR application
ARG ARTIFACT_NAME
COPY ${ARTIFACT_NAME}.jar application.jar
RUN java -Djarmode=layertools -jar application.jar extract


# dhi-picker: was eclipse-temurin:17
FROM dhi.io/eclipse-temurin:17-debian13
WORKDIR application

ARG EXPOSED_PORT
EXPOSE ${EXPOSED_PORT}

ENV SPRING_PROFILES_ACTIVE=docker

COPY --from=builder application/dependencies/ ./

# fix for https://stackoverflow.com/questions/51115856/docker-failed-to-export-image-failed-to-create-image-failed-to-get-layer
# (only last copy caused issue)
# this seems to be triggered by using btrfs:
# https://github.com/moby/moby/issues/36573
# dhi-picker: removed, not needed on the runtime image: RUN true
COPY --from=builder application/spring-boot-loader/ ./
# dhi-picker: removed, not needed on the runtime image: RUN true
COPY --from=builder application/snapshot-dependencies/ ./
# dhi-picker: removed, not needed on the runtime image: RUN true
COPY --from=builder application/application/ ./
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
