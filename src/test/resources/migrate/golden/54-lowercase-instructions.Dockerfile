# dhi-picker: was python:3.12-slim; the build steps run in this -dev stage
from dhi.io/python:3.12-debian13-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
workdir /app
copy . .
run pip install -r requirements.txt
cmd ["python", "app.py"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.12-debian13 AS base
WORKDIR /app
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
cmd ["python", "app.py"]
