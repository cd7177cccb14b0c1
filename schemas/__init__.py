"""One pandera (polars backend) model per lake table; `MODELS` maps table -> model."""

from econews.schemas.documents import DocumentsModel
from econews.schemas.entities import EntitiesModel
from econews.schemas.metrics import MetricsModel
from econews.schemas.quarantine import QuarantineModel
from econews.schemas.runs import RunsModel
from econews.schemas.partnerships import PartnershipsModel
from econews.schemas.investments import InvestmentsModel
from econews.schemas.sector_mentions import SectorMentionsModel

MODELS = {
    "documents": DocumentsModel,
    "entities": EntitiesModel,
    "metrics": MetricsModel,
    "quarantine": QuarantineModel,
    "runs": RunsModel,
    "partnerships": PartnershipsModel,
    "investments": InvestmentsModel,
    "sector_mentions": SectorMentionsModel,
}

__all__ = [
    "MODELS", "DocumentsModel", "EntitiesModel", "MetricsModel", "QuarantineModel", "RunsModel",
    "PartnershipsModel", "InvestmentsModel", "SectorMentionsModel",
]
