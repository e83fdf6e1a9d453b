# dhi-picker: was grafana/grafana:5.2.4
FROM dhi.io/grafana:13-debian13
ADD ./provisioning /etc/grafana/provisioning
ADD ./grafana.ini /etc/grafana/grafana.ini
ADD ./dashboards /var/lib/grafana/dashboards
