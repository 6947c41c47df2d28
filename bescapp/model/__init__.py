"""The model: the ORM entities, their enums, the ``Bilingual`` value and the
declaration of what each field holds (``fields``).

The floor every other layer stands on: it imports nothing of bescapp's but itself
(the layers contract in pyproject.toml).
"""
