ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was python:3.9-alpine; the build steps run in this -dev stage
FROM dhi.io/python:3.11-alpine3.24-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

RUN pip install --upgrade pip

RUN adduser -D python
USER python
WORKDIR /home/python

ARG DEBUG=0
ENV FLASK_DEBUG $DEBUG
ENV FLASK_APP=src/app.py
CMD ["python", "-m", "flask", "run", "--host=0.0.0.0"]

COPY --chown=python:python requirements.txt .
ENV PATH="/home/python/.local/bin:${PATH}"
RUN pip install --user -r requirements.txt

COPY --chown=python:python src src

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.11-alpine3.24
WORKDIR /home/python
ARG DEBUG=0
ENV FLASK_DEBUG $DEBUG
ENV FLASK_APP=src/app.py
ENV PATH="/home/python/.local/bin:${PATH}"
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /home/python /home/python
CMD ["python", "-m", "flask", "run", "--host=0.0.0.0"]
