# dhi-picker: was python:3.12-slim
FROM acme/dhi-python:3.12-debian13-fips-dev AS build
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install -r requirements.txt

# dhi-picker: was python:3.12-slim
FROM acme/dhi-python:3.12-debian13-fips
COPY --from=build /venv /venv
COPY . /app
ENTRYPOINT ["/venv/bin/python", "/app/main.py"]
