from bot.config.loader import load_tenant_file, load_tenants
from bot.config.models import SUPPORTED_LANGUAGES, TenantConfig

__all__ = ["SUPPORTED_LANGUAGES", "TenantConfig", "load_tenant_file", "load_tenants"]
