# dhi-picker: was mcr.microsoft.com/dotnet/sdk:8.0-alpine
FROM dhi.io/dotnet:10-sdk-alpine3.24 AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /out

# dhi-picker: was mcr.microsoft.com/dotnet/runtime:8.0-alpine
FROM dhi.io/dotnet:10-alpine3.24
COPY --from=build /out /app
ENTRYPOINT ["dotnet", "/app/Tool.dll"]
