/* sd-glossary.c — the terms the explanations, phases and tour use
 *
 * Copyright 2026 The Skin Deep Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Short definitions, each with the source it rests on (sd-sources.c). The layer
 * entries use the plain names of the brief (sd_layer_get_common_name).
 */

#define G_LOG_DOMAIN "sd-glossary"

#include "config.h"

#include "sd-glossary.h"
#include "sd-model-types.h"

#include <string.h>

/* Marked for translation here and translated by the UI. */
#define N_(s) (s)

#define NO_LAYER (-1)

static const SdGlossaryEntry entries[] = {
  { "adipocyte", N_("Adipocyte"), N_("fat cell"),
    N_("A cell that stores fat in one large droplet. Adipocytes in lobules make up most of the "
       "hypodermis."),
    "histology-textbook", SD_LAYER_HYPODERMIS, "fat cell" },
  { "basement-membrane", N_("Basement membrane"), NULL,
    N_("A thin sheet of proteins on which the basal layer sits. It anchors the epidermis to the "
       "dermis and separates the two."),
    "histology-textbook", SD_LAYER_STRATUM_BASALE, "basement membrane" },
  { "capillary-loop", N_("Capillary loop"), NULL,
    N_("A hairpin of the finest blood vessels rising into each dermal papilla from a network "
       "below. The loops feed the epidermis above."),
    "braverman-yen-1977", SD_LAYER_PAPILLARY_DERMIS, "capillary loop" },
  { "collagen", N_("Collagen"), NULL,
    /* xgettext:no-c-format */
    N_("The main protein of the dermis: strong fibres that give skin its firmness. Adult dermis "
       "is about 80 % type I and 15 % type III collagen."),
    "adv-wound-care-2015", SD_LAYER_RETICULAR_DERMIS, "collagen" },
  { "corneocyte", N_("Corneocyte"), NULL,
    N_("A dead, flattened cell without a nucleus, filled with keratin. Corneocytes held together "
       "by lipids form the horny layer."),
    "histology-textbook", SD_LAYER_STRATUM_CORNEUM, "corneocyte" },
  { "dermal-papillae", N_("Dermal papillae"), NULL,
    N_("Small finger-like rises of the papillary dermis into the epidermis, between the rete "
       "ridges. Each holds a capillary loop."),
    "histology-textbook", SD_LAYER_PAPILLARY_DERMIS, "papillae" },
  { "dermis", N_("Dermis"), NULL,
    N_("The connective tissue under the epidermis, made of collagen and elastic fibres, with "
       "blood vessels, nerves, hair follicles and glands. It has a papillary and a reticular "
       "part."),
    "histology-textbook", SD_LAYER_RETICULAR_DERMIS, "dermis" },
  { "desmosome", N_("Desmosome"), NULL,
    N_("A button-like junction that binds neighbouring keratinocytes. Desmosomes look like "
       "spines under the microscope and give the spiny layer its name."),
    "histology-textbook", SD_LAYER_STRATUM_SPINOSUM, "desmosome" },
  { "elastin", N_("Elastin"), N_("elastic fibres"),
    N_("The protein of the elastic fibres of the dermis, which let skin spring back after it is "
       "stretched."),
    "histology-textbook", SD_LAYER_RETICULAR_DERMIS, "elastic" },
  { "epidermis", N_("Epidermis"), NULL,
    N_("The outer part of the skin: layers of cells renewed from below, with no blood vessels. "
       "From the bottom up: the basal, spiny, granular, shiny (palm and sole only) and horny "
       "layers."),
    "histology-textbook", SD_LAYER_STRATUM_SPINOSUM, "epidermis" },
  { "fibroblast", N_("Fibroblast"), NULL,
    N_("The cell of the dermis that makes collagen, elastin and the gel around them. After a "
       "wound, fibroblasts move in and multiply."),
    "antioxid-2008", SD_LAYER_RETICULAR_DERMIS, "fibroblast" },
  { "growth-factor", N_("Growth factor"), NULL,
    N_("A signalling protein released in a wound that tells cells to move, divide and make "
       "new tissue."),
    "antioxid-2008", NO_LAYER, "growth factor" },
  { "hair-follicle", N_("Hair follicle"), NULL,
    N_("The pocket of epidermis reaching down into the dermis in which a hair grows."),
    "histology-textbook", SD_LAYER_RETICULAR_DERMIS, "follicle" },
  { "hypodermis", N_("Hypodermis"), N_("subcutaneous fat"),
    N_("The layer below the dermis, mostly fat cells in lobules. It stores energy, insulates "
       "and cushions."),
    "iyengar-2018", SD_LAYER_HYPODERMIS, "hypodermis" },
  { "inflammation", N_("Inflammation"), NULL,
    N_("The first phase of healing, lasting days: redness and swelling while immune cells clean "
       "the wound and release growth factors."),
    "antioxid-2008", NO_LAYER, "inflammation" },
  { "keratinocyte", N_("Keratinocyte"), NULL,
    N_("The main cell of the epidermis. Keratinocytes are born in the basal layer, move up, "
       "fill with keratin and die as corneocytes at the surface."),
    "histology-textbook", SD_LAYER_STRATUM_SPINOSUM, "keratinocyte" },
  { "keratohyalin", N_("Keratohyalin granules"), NULL,
    N_("Dark granules in the cells of the granular layer, holding proteins that bundle keratin "
       "as the cells die."),
    "histology-textbook", SD_LAYER_STRATUM_GRANULOSUM, "keratohyalin" },
  { "langerhans-cell", N_("Langerhans cell"), NULL,
    N_("An immune cell of the epidermis, mostly in the spiny layer, that catches microbes and "
       "foreign matter and alerts the immune system."),
    "histology-textbook", SD_LAYER_STRATUM_SPINOSUM, "langerhans" },
  { "melanin", N_("Melanin"), NULL,
    N_("The pigment that colours skin and hair and absorbs ultraviolet light."),
    "histology-textbook", SD_LAYER_STRATUM_BASALE, "melanin" },
  { "melanocyte", N_("Melanocyte"), NULL,
    N_("A pigment cell of the basal layer. It makes melanin and passes it to the keratinocytes "
       "around it."),
    "histology-textbook", SD_LAYER_STRATUM_BASALE, "melanocyte" },
  { "menopause", N_("Menopause"), NULL,
    N_("The end of menstruation. In the years after it skin loses collagen faster than "
       "before."),
    "calleja-agius-2011", NO_LAYER, "menopause" },
  { "microneedling", N_("Microneedling"), N_("collagen induction"),
    N_("Making many tiny channels in the skin with fine needles on a roller or a pen, so that "
       "the skin’s healing response lays down new collagen."),
    "liebl-kloth-2012", NO_LAYER, "microneedl" },
  { "neocollagenesis", N_("Neocollagenesis"), N_("new collagen"),
    N_("The making of new collagen, for example by fibroblasts in the weeks and months after "
       "microneedling."),
    "lotfi-2013", SD_LAYER_PAPILLARY_DERMIS, "new collagen" },
  { "nerve", N_("Nerve endings"), NULL,
    N_("Nerve fibres of the dermis that sense touch, pressure, heat and pain. Some reach into "
       "the epidermis."),
    "histology-textbook", SD_LAYER_RETICULAR_DERMIS, "nerve" },
  { "papillary-dermis", N_("Papillary dermis"), N_("upper dermis"),
    N_("The thin upper part of the dermis, about a fifth of it: loose tissue with fine collagen "
       "and the capillary loops."),
    "histology-textbook", SD_LAYER_PAPILLARY_DERMIS, "papillary" },
  { "bleeding", N_("Pinpoint bleeding"), NULL,
    N_("Tiny dots of blood after needling. They mean the needles crossed the epidermis, which "
       "has no vessels, into the capillary loops of the papillary dermis."),
    "farber-2020", SD_LAYER_PAPILLARY_DERMIS, "bleeding" },
  { "proliferation", N_("Proliferation"), NULL,
    N_("The second phase of healing, from about day 3 to week 3: fibroblasts multiply and lay "
       "down new tissue, at first rich in type III collagen."),
    "exp-biol-med-1979", NO_LAYER, "proliferation" },
  { "remodelling", N_("Remodelling"), NULL,
    N_("The last phase of healing, for months: new collagen is reorganised and type III is "
       "replaced by type I."),
    "liebl-kloth-2012", NO_LAYER, "remodel" },
  { "rete-ridges", N_("Rete ridges"), NULL,
    N_("Ridges of epidermis that reach down between the dermal papillae, locking the two "
       "layers together. They flatten with age."),
    "histology-textbook", SD_LAYER_STRATUM_BASALE, "rete" },
  { "reticular-dermis", N_("Reticular dermis"), N_("deep dermis"),
    N_("The thick lower part of the dermis: dense bundles of mostly type I collagen, with "
       "elastic fibres, larger vessels, nerves, follicles and glands."),
    "histology-textbook", SD_LAYER_RETICULAR_DERMIS, "reticular" },
  { "stem-cell", N_("Stem cell"), NULL,
    N_("A cell that divides to make new cells and more stem cells. Those of the basal layer "
       "renew the epidermis."),
    "histology-textbook", SD_LAYER_STRATUM_BASALE, "stem cell" },
  { "stratum-basale", N_("Stratum basale"), N_("basal (germinal) layer"),
    N_("The deepest layer of the epidermis: one row of dividing cells on the basement "
       "membrane, with the melanocytes."),
    "histology-textbook", SD_LAYER_STRATUM_BASALE, "basal" },
  { "stratum-corneum", N_("Stratum corneum"), N_("horny layer"),
    N_("The outermost layer: flat dead cells (corneocytes) in lipid, the skin’s barrier "
       "against water loss and microbes."),
    "arch-dermatol-1999", SD_LAYER_STRATUM_CORNEUM, "corneum" },
  { "stratum-granulosum", N_("Stratum granulosum"), N_("granular layer"),
    N_("A few layers of flattening cells with keratohyalin granules, where the barrier is made "
       "and the cells die."),
    "histology-textbook", SD_LAYER_STRATUM_GRANULOSUM, "granul" },
  { "stratum-lucidum", N_("Stratum lucidum"), N_("shiny layer"),
    N_("A thin, clear band of flat dead cells between the granular and horny layers, found only "
       "in the thick skin of the palms and soles."),
    "loyola-lucidum", SD_LAYER_STRATUM_LUCIDUM, "lucidum" },
  { "stratum-spinosum", N_("Stratum spinosum"), N_("spiny layer"),
    N_("The thickest living layer of the epidermis: keratinocytes joined by desmosomes, with "
       "Langerhans cells."),
    "aust-2008", SD_LAYER_STRATUM_SPINOSUM, "spinosum" },
  { "gland", N_("Sweat and oil glands"), NULL,
    N_("Sweat glands coil deep in the dermis and open on the surface; oil (sebaceous) glands "
       "open into hair follicles."),
    "histology-textbook", SD_LAYER_RETICULAR_DERMIS, "gland" },
  { "thick-skin", N_("Thick and thin skin"), NULL,
    N_("Thick skin, on the palms and soles, has a much thicker horny layer, a shiny layer and "
       "no hair. All other skin is thin skin."),
    "lee-hwang-2002", SD_LAYER_STRATUM_LUCIDUM, "thick skin" },
  { "collagen-type-i", N_("Type I collagen"), NULL,
    N_("The thick, strong collagen that makes up most of the adult dermis. During remodelling "
       "it replaces the type III laid down first."),
    "adv-wound-care-2015", SD_LAYER_RETICULAR_DERMIS, "type i$" },
  { "collagen-type-iii", N_("Type III collagen"), NULL,
    N_("A finer, more flexible collagen. Healing skin makes more of it at first; later it is "
       "replaced by type I."),
    "adv-wound-care-2015", SD_LAYER_PAPILLARY_DERMIS, "type iii" },
};

const SdGlossaryEntry *
sd_glossary_get_entries (guint *n_entries)
{
  if (n_entries != NULL)
    *n_entries = G_N_ELEMENTS (entries);
  return entries;
}

const SdGlossaryEntry *
sd_glossary_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (strcmp (entries[i].id, id) == 0)
      return &entries[i];

  return NULL;
}

/* Whether @stem occurs in @lower; a trailing '$' in @stem means "at a word's end"
 * ("type i$" must not match inside "type iii"). */
static gboolean
find_stem (const char *lower,
           const char *stem)
{
  gsize len = strlen (stem);
  gboolean word_end = len > 0 && stem[len - 1] == '$';

  if (word_end)
    len--;

  for (const char *p = lower; *p != '\0'; p++)
    if (strncmp (p, stem, len) == 0 && (!word_end || !g_ascii_isalpha (p[len])))
      return TRUE;

  return FALSE;
}

GPtrArray *
sd_glossary_find_in_text (const char *text)
{
  g_autofree char *lower = NULL;
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (text != NULL, found);

  lower = g_utf8_strdown (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (find_stem (lower, entries[i].stem))
      g_ptr_array_add (found, (gpointer)&entries[i]);

  return found;
}
