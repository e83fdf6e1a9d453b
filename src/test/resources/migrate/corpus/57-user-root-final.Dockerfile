FROM redis:7
USER root
RUN mkdir -p /data/extra
USER redis
