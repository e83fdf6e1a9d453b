# dhi-picker: was mcr.microsoft.com/dotnet/sdk:9.0; the build steps run in this -dev stage
FROM dhi.io/dotnet:10-sdk-debian13 AS build
WORKDIR /source
COPY . .
RUN dotnet publish -c Release -o /app
WORKDIR /app
ENTRYPOINT ["dotnet", "Worker.dll"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/aspnetcore:10-debian13
WORKDIR /app
COPY --from=build /app /app
ENTRYPOINT ["dotnet", "Worker.dll"]
