FROM grafana/grafana:11.2.0
COPY provisioning /etc/grafana/provisioning
EXPOSE 3000
