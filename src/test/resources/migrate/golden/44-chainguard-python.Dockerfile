# dhi-picker: was cgr.dev/chainguard/python:latest-dev
FROM dhi.io/python:3.14-debian13-dev AS dev
WORKDIR /app
RUN python -m venv venv
ENV PATH="/app/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install -r requirements.txt

# dhi-picker: was cgr.dev/chainguard/python:latest
FROM dhi.io/python:3.14-debian13
WORKDIR /app
COPY --from=dev /app/venv /app/venv
COPY main.py .
ENV PATH="/app/venv/bin:$PATH"
ENTRYPOINT ["python", "main.py"]
