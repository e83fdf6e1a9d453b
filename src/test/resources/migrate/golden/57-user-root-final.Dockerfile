# dhi-picker: was redis:7
FROM dhi.io/redis:7.4-debian13-dev
USER root
RUN mkdir -p /data/extra
USER redis
