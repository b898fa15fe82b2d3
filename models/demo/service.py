"""The demo's one call: fill a database with the demo trajectories, dated from the clock."""

from datetime import date

from models.core.service_base import ServiceBase


class DemoService(ServiceBase):
    """`--demo`, `trajectwijzer demo-data` and the self-test."""

    def fill_demo_data(self, today: date | None = None) -> int:
        """Adds the demo trajectories in one transaction; returns how many were added."""
        from models.demo.builder import add_demo_data

        with self.database.session_factory.begin() as session:
            return add_demo_data(session, today or self.clock.today())
