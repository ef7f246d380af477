# One command per task; each installs what is missing first (see scripts/bootstrap.sh).
.PHONY: run test samples lint model notebook evaluate bench ocr-bench scale

run:
	./scripts/bootstrap.sh run
	.venv/bin/streamlit run app.py --server.address 127.0.0.1 --server.headless true --browser.gatherUsageStats false

test:
	./scripts/bootstrap.sh dev
	.venv/bin/python -m pytest -n auto --dist worksteal

samples:
	./scripts/bootstrap.sh dev
	.venv/bin/python scripts/build_sample_dossiers.py

lint:
	./scripts/bootstrap.sh dev
	.venv/bin/ruff check analyzer tests scripts app.py

model:
	./scripts/bootstrap.sh dev
	.venv/bin/dossier-analyzer train
	.venv/bin/dossier-analyzer train --sentences

notebook:
	./scripts/bootstrap.sh dev
	cd notebooks && ../.venv/bin/jupyter execute --inplace classifier.ipynb

evaluate:
	./scripts/bootstrap.sh dev
	.venv/bin/dossier-analyzer evaluate

bench:
	./scripts/bootstrap.sh dev
	.venv/bin/python benchmarks/run.py

ocr-bench:
	./scripts/bootstrap.sh dev
	.venv/bin/python benchmarks/ocr_bench.py

scale:
	./scripts/bootstrap.sh dev
	.venv/bin/python benchmarks/scale.py
