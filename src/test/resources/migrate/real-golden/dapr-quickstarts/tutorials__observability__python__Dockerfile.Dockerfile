# dhi-picker: was python:3.12-alpine; the build steps run in this -dev stage
FROM dhi.io/python:3.12-alpine3.24-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY . /app
WORKDIR /app
RUN pip install flask flask_cors
ENTRYPOINT ["python"]
EXPOSE 5001
CMD ["app.py"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.12-alpine3.24
WORKDIR /app
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENTRYPOINT ["python"]
EXPOSE 5001
CMD ["app.py"]
