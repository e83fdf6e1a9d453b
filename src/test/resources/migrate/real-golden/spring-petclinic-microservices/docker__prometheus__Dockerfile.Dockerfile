# dhi-picker: was prom/prometheus:v2.4.2
FROM dhi.io/prometheus:3.14-debian13
ADD prometheus.yml /etc/prometheus/
