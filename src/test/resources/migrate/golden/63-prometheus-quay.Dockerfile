# dhi-picker: was quay.io/prometheus/prometheus:v2.54.1
FROM dhi.io/prometheus:3.14-debian13
COPY prometheus.yml /etc/prometheus/prometheus.yml
