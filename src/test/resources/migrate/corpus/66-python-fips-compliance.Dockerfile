FROM python:3.12-slim AS build
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install -r requirements.txt

FROM python:3.12-slim
COPY --from=build /venv /venv
COPY . /app
ENTRYPOINT ["/venv/bin/python", "/app/main.py"]
