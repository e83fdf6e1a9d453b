# dhi-picker: was python:3.13
FROM dhi.io/python:3.13-debian13-dev AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install -r requirements.txt

# dhi-picker: was python:3.13-slim
FROM dhi.io/python:3.13-debian13
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY . .
ENV PATH="/opt/venv/bin:$PATH"
USER 65532
CMD ["python", "-m", "service"]
