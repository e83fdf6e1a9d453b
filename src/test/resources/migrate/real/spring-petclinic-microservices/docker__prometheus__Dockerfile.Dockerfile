FROM prom/prometheus:v2.4.2
ADD prometheus.yml /etc/prometheus/
