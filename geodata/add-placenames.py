#!/usr/bin/env python3
"""Adds French and Arabic names to geodata/places.json (run after build-geodata.mjs, from the repository root).

The names come from GeoNames' alternate names (CC BY 4.0) as Debian ships them: libgeonames-common has them as
gettext catalogues keyed by GeoNames id (/usr/share/locale/{fr,ar}/LC_MESSAGES/geonames.mo), and libgeonames0 holds
the cities (id, English name, country, coordinates) that the ids belong to. Fetch both without installing:

    apt-get download libgeonames-common libgeonames0
    dpkg-deb -x libgeonames-common_*.deb deb && dpkg-deb -x libgeonames0_*.deb deb
    python3 geodata/add-placenames.py deb

A place takes the names of the GeoNames city of its country nearest to it (within 25 km); each name records where it
comes from ("namesFrom": "geonames"). Towns GeoNames gives no name for in a language get one written by hand from
the French and Arabic press, marked "namesFrom": "hand" (HAND below). A French name equal to the English one is left
out: the app falls back to the English name.
"""
import ctypes
import gettext
import json
import math
import sys

# Written by hand where GeoNames has none: the usual spelling of the French and Arabic press of the region.
HAND = {
    ('Nouakchott', 'MR'): {'ar': 'نواكشوط'},
    ('Conakry', 'GN'): {'ar': 'كوناكري'},
    ('Bangui', 'CF'): {'ar': 'بانغي'},
    ('Kidal', 'ML'): {'ar': 'كيدال'},
    ('Laayoune', 'EH'): {'fr': 'Laâyoune', 'ar': 'العيون'},
    ('Dakhla', 'EH'): {'ar': 'الداخلة'},
    ('Ceuta', 'ES'): {'ar': 'سبتة'},
    ('Illizi', 'DZ'): {'ar': 'إليزي'},
    ('Djanet', 'DZ'): {'ar': 'جانت'},
    ('Ben Gardane', 'TN'): {'ar': 'بن قردان'},
    ('Tessalit', 'ML'): {'ar': 'تساليت'},
    ('Ansongo', 'ML'): {'ar': 'أنسونغو'},
    ('Bourem', 'ML'): {'ar': 'بوريم'},
    ('Douentza', 'ML'): {'ar': 'دوينتزا'},
    ('Ménaka', 'ML'): {'ar': 'ميناكا'},
    ('Tahoua', 'NE'): {'ar': 'تاوا'},
    ('Arlit', 'NE'): {'ar': 'أرليت'},
    ('Maradi', 'NE'): {'ar': 'مارادي'},
    ('Bosso', 'NE'): {'ar': 'بوسو'},
    ('Tillabéri', 'NE'): {'ar': 'تيلابيري'},
    ('Dori', 'BF'): {'ar': 'دوري'},
    ('Djibo', 'BF'): {'ar': 'جيبو'},
    ('Kaya', 'BF'): {'ar': 'كايا'},
    ('Ouahigouya', 'BF'): {'ar': 'واهيغويا'},
    ('Bol', 'TD'): {'ar': 'بول'},
    ('Faya-Largeau', 'TD'): {'ar': 'فايا لارجو'},
}


def cities(deb):
    glib = ctypes.CDLL('libglib-2.0.so.0')
    gio = ctypes.CDLL('libgio-2.0.so.0')
    ctypes.CDLL(deb + '/usr/lib/x86_64-linux-gnu/libgeonames.so.0')  # registers its resource
    gio.g_resources_lookup_data.restype = ctypes.c_void_p
    gio.g_resources_lookup_data.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
    for name, restype, argtypes in [
            ('g_variant_type_new', ctypes.c_void_p, [ctypes.c_char_p]),
            ('g_variant_new_from_bytes', ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]),
            ('g_variant_n_children', ctypes.c_size_t, [ctypes.c_void_p]),
            ('g_variant_get_child_value', ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_size_t]),
            ('g_variant_get_string', ctypes.c_char_p, [ctypes.c_void_p, ctypes.c_void_p]),
            ('g_variant_get_double', ctypes.c_double, [ctypes.c_void_p])]:
        getattr(glib, name).restype = restype
        getattr(glib, name).argtypes = argtypes
    data = gio.g_resources_lookup_data(b'/com/lomiri/geonames/cities.compiled', 0, None)
    # id, English name, state code, state name, country code, country name, time zone, population, lat, lon
    v = glib.g_variant_new_from_bytes(glib.g_variant_type_new(b'a(sssssssudd)'), data, 1)
    out = []
    for i in range(glib.g_variant_n_children(v)):
        c = glib.g_variant_get_child_value(v, i)
        s = lambda k: glib.g_variant_get_string(glib.g_variant_get_child_value(c, k), None).decode()
        d = lambda k: glib.g_variant_get_double(glib.g_variant_get_child_value(c, k))
        out.append({'id': s(0), 'name': s(1), 'country': s(4), 'lat': d(8), 'lon': d(9)})
    return out


def km(a, b):
    dlat = math.radians(a['lat'] - b['lat'])
    dlon = math.radians(a['lon'] - b['lon']) * math.cos(math.radians(a['lat']))
    return 6371 * math.hypot(dlat, dlon)


def main(deb):
    catalogues = {lang: gettext.GNUTranslations(open(
        f'{deb}/usr/share/locale/{lang}/LC_MESSAGES/geonames.mo', 'rb'))._catalog for lang in ('fr', 'ar')}
    known = cities(deb)
    with open('geodata/places.json', encoding='utf-8') as f:
        doc = json.load(f)
    for p in doc['places']:
        for k in ('fr', 'ar', 'namesFrom'):
            p.pop(k, None)
        near = [c for c in known if c['country'] == p['country'] and km(c, p) < 25]
        near.sort(key=lambda c: (c['name'] != p['name'], km(c, p)))
        names = {}
        if near:
            for lang, cat in catalogues.items():
                if near[0]['id'] in cat and cat[near[0]['id']] != p['name']:
                    names[lang] = cat[near[0]['id']]
        source = 'geonames' if names else None
        hand = {k: v for k, v in HAND.get((p['name'], p['country']), {}).items() if k not in names and v != p['name']}
        if hand:
            names.update(hand)
            source = 'geonames+hand' if source else 'hand'
        p.update(names)
        if source:
            p['namesFrom'] = source
    with open('geodata/places.json', 'w', encoding='utf-8') as f:
        f.write('{\n  "attribution": ' + json.dumps(doc['attribution'] + '; French and Arabic names: GeoNames '
                'alternate names (CC BY 4.0) via Debian libgeonames-common 0.3.0, or written by hand where marked')
                + ',\n  "places": [\n' + ',\n'.join('    ' + json.dumps(p, ensure_ascii=False, separators=(',', ':'))
                                                  for p in doc['places']) + '\n  ]\n}\n')
    missing = [p['name'] for p in doc['places'] if 'ar' not in p]
    print(f"places.json: {len(doc['places'])} places, without an Arabic name: {', '.join(missing) or 'none'}")


if __name__ == '__main__':
    main(sys.argv[1])
