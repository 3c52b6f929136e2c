// Every test may lay out hemicycles and use English: the layout and the English words are given statically (the page loads them on demand).
import '../src/lib/layout/hemicycle-static.ts';
import '../src/lib/i18n/en-static.ts';
