# Las palabras de las pantallas de immunoguide, en español.
#
# Los mismos ids que guide/en/screen.ftl, con los mismos argumentos.
# Español neutro de América Latina, de "usted", en frases cortas. Los
# nombres de las teclas (Enter, Esc, Tab, PgDn) quedan como están
# impresos en el teclado.

## Fechas

date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Avisos en la línea de abajo (en un quiosco, en un cuadro sobre los botones)

notice-esc-closes-help = Esc cierra la ayuda.
notice-no-bookmarks-here = En una pantalla compartida no se guardan marcadores.
notice-bookmark-needs-page = Primero abra una página. Luego presione m para marcarla.
notice-already-bookmarked = Esta página ya tiene un marcador. Presione ' para ver sus marcadores.
notice-bookmarks-full = Ya tiene { $count } marcadores. Presione ' y borre uno primero.
notice-bookmarked = Página marcada. Presione ' para ver sus marcadores.
notice-bookmark-deleted = Marcador borrado.
notice-kept-page-gone = Una página que usted guardó ya no está en la guía, así que se quitó.
notice-place-unreadable = No se pudo leer el lugar que guardó, así que la guía empieza desde el principio.
notice-place-damaged = El lugar que guardó estaba dañado, así que la guía empieza desde el principio.
notice-bookmarks-not-saved = No se pudieron guardar sus marcadores: no se puede escribir en su carpeta.
notice-wrapped-to-first = Esa era la última coincidencia: vuelve a la primera.
notice-wrapped-to-last = Esa era la primera coincidencia: pasa a la última.
notice-search-first = Primero busque con /. Luego n lleva al siguiente lugar.
notice-words-not-found = Las palabras que buscó no están en la guía.
notice-nowhere-back = Todavía no hay adónde volver.
notice-nowhere-forward = No hay adónde avanzar.
notice-section-moved = La guía se actualizó y esta parte cambió de lugar.
notice-press-slash = Para buscar, presione / primero.
notice-end-of-guide = Este es el final de la guía.
notice-start-of-guide = Este es el comienzo de la guía.
notice-last-section = Esta es la última sección.
notice-no-links = No hay enlaces ni palabras marcadas en esta página.
notice-source-kiosk = Esta fuente está en la dirección web que se muestra. Anótela para leerla después.
notice-source-ctrl-click-mouse = Para abrirla, haga Ctrl-clic en la dirección (Ctrl-Shift-clic en algunas terminales).
notice-source-ctrl-click = Para abrirla, haga Ctrl-clic en la dirección o cópiela en un navegador web.
notice-source-copy-mouse = Para abrirla, copie la dirección en un navegador web. Arrastre con Shift para seleccionarla.
notice-source-select = Para abrirla, seleccione la dirección y cópiela en un navegador web.
match-count = Coincidencia { $n } de { $of }
match-count-and-notice = Coincidencia { $n } de { $of }. { $notice }

## Teclas en la línea de abajo: cortas; se muestran las que caben

hint-close-help = Cerrar ayuda
hint-quit = Salir
hint-start = Empezar
hint-symptoms = Síntomas
hint-help = Ayuda
hint-search = Buscar
hint-contents = Índice
hint-next-page = Página siguiente
hint-glossary = Glosario
hint-previous-page = Página anterior
hint-previous-section = Sección anterior
hint-next-section = Sección siguiente
hint-open = Abrir
hint-choose = Elegir
hint-close-search = Cerrar búsqueda
hint-read-about-it = Leer sobre esto
hint-next = Siguiente
hint-close = Cerrar
hint-meaning = Qué significa
hint-related = Relacionado
hint-read-it = Leer
hint-check-pin = Revisar PIN
hint-cancel = Cancelar
hint-delete = Borrar
hint-more = Más
hint-read = Leer
hint-open-chapter = Abrir
hint-close-chapter = Cerrar
hint-back-to-text = Volver al texto

## Los botones táctiles del quiosco. Los cinco de la lectura deben caber
## enteros en 40 columnas: sus palabras, más 2 columnas cada uno, 40 como
## máximo.

touch-start-reading = Empezar a leer
touch-help = Ayuda
touch-cancel = Cancelar
touch-back = Volver
touch-contents = Índice
touch-previous-page = ◀ Pág.
touch-next-page = Pág. ▶
