# Use the official Python image as the base image
# dhi-picker: was python:3.12.7-alpine; the build steps run in this -dev stage
FROM dhi.io/python:3.12-alpine3.24-dev AS build
# dhi-picker: a virtual environment that the runtime stage copies
RUN python3 -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

# Set the working directory to /app
WORKDIR /app

# Set the build argument for the app version number
ARG APP_VERSION=0.1.0

# Copy the requirements file into the container
COPY requirements.txt .

# Install the dependencies
RUN pip install --no-cache-dir -r requirements.txt

# Copy the rest of the application code into the container
COPY . .

# Expose port 5001 for the FastAPI application
EXPOSE 5001

# Set the environment variable for the app version number
ENV APP_VERSION=$APP_VERSION

# Start the FastAPI application
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "5001"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/python:3.12-alpine3.24
WORKDIR /app
ARG APP_VERSION=0.1.0
ENV APP_VERSION=$APP_VERSION
ENV PATH="/opt/venv/bin:$PATH"
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
EXPOSE 5001
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "5001"]
