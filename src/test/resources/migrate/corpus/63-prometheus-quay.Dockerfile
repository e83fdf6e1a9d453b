FROM quay.io/prometheus/prometheus:v2.54.1
COPY prometheus.yml /etc/prometheus/prometheus.yml
