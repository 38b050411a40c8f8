"""Channels: the ways people reach a bot (REST lives in bot/http, socket.io here)."""
