# dhi-picker: was grafana/grafana:11.2.0
FROM dhi.io/grafana:13-debian13
COPY provisioning /etc/grafana/provisioning
EXPOSE 3000
