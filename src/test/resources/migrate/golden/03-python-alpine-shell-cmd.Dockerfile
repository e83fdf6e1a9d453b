# dhi-picker: was python:3.11-alpine; the build steps run in this -dev stage
FROM dhi.io/python:3.11-alpine3.24-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
COPY . .
RUN pip install .
EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 app:app

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.11-alpine3.24
WORKDIR /srv
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /srv /srv
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
