"""The model: the ORM entities, their enums and the ``Bilingual`` value.

The floor every other layer stands on: it imports nothing of bescapp's but itself
(the layers contract in pyproject.toml).
"""
