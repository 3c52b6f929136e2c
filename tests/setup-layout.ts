// Every test may lay out hemicycles: the layout is given statically (the page loads it on demand).
import '../src/lib/layout/hemicycle-static.ts';
