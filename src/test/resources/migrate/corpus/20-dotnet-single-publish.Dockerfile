FROM mcr.microsoft.com/dotnet/sdk:9.0
WORKDIR /source
COPY . .
RUN dotnet publish -c Release -o /app
WORKDIR /app
ENTRYPOINT ["dotnet", "Worker.dll"]
