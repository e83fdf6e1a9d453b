# Use an official Node.js runtime as a parent image
# dhi-picker: was node:24.14-alpine
FROM dhi.io/node:24-alpine3.24-dev AS builder

WORKDIR /app

# Copy package.json and package-lock.json to the container
COPY package*.json ./

# Install app dependencies
RUN npm install

# Copy the rest of the app source code to the container
COPY . .

# Build the app
RUN npm run build 

# Run the app on nginx
# dhi-picker: was nginx:stable-alpine-slim; the build steps run in this -dev stage
FROM dhi.io/nginx:1.31-alpine3.24-dev AS build

# Copy the build output to replace the default nginx contents
COPY --from=builder /app/dist /usr/share/nginx/html

# Expose the port the app listens on
EXPOSE 8081

# Set the build argument for the app version number
ARG APP_VERSION=0.1.0

# Set the environment variable for the app version number
ENV APP_VERSION=$APP_VERSION

# Copy the nginx configuration template to the container
COPY nginx.conf /etc/nginx/conf.d/nginx.conf.template

# Update the nginx configuration to use the app version number
# and Copy the nginx configuration template to the container
RUN envsubst '${APP_VERSION}' < /etc/nginx/conf.d/nginx.conf.template > /etc/nginx/conf.d/default.conf

# Start the app
CMD ["nginx", "-g", "daemon off;"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/nginx:1.31-alpine3.24 AS runner
ARG APP_VERSION=0.1.0
ENV APP_VERSION=$APP_VERSION
COPY --from=build /usr/share/nginx/html /usr/share/nginx/html
COPY --from=build /etc/nginx /etc/nginx
EXPOSE 8081
CMD ["nginx", "-g", "daemon off;"]
