# dhi-picker: was redis:7
FROM dhi.io/redis:7.4-debian13
# dhi-picker: removed, not needed on the runtime image: USER root
# dhi-picker: removed, not needed on the runtime image: RUN mkdir -p /data/extra
WORKDIR /data/extra
WORKDIR /data
USER redis
