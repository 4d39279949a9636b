from dataclasses import dataclass

@dataclass(frozen=True)
class Settings:
    host: str
    port: int = 80

s = Settings("example.com")
print(s)
s.port = 8080
