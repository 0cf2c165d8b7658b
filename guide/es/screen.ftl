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
hint-contents = Contenido
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
touch-back = Atrás
touch-contents = Contenido

## Ayuda

help-title = Ayuda
help-title-more = Ayuda  (↓ para ver más)
help-close = Cerrar (Esc)
help-heading-screen = Lo que ve
help-screen-current-section = ◀ en el contenido marca la sección que está leyendo.
help-screen-chapters = ▸ antes de un título quiere decir que tiene secciones adentro: ábralo para verlas. ▾ quiere decir que se muestran. • es una sección sin nada adentro.
help-screen-links = Un enlace a otra sección está en negrita y subrayado, con → delante: → Efectos secundarios. Elíjalo con Tab (o tóquelo) y presione Enter para ir allí.
help-screen-glossary-words = Una palabra que solo está subrayada (sin negrita y sin →) está en el glosario. Elíjala con Tab (o tóquela) y presione Enter para ver qué significa.
help-screen-search-marks = Las palabras que buscó se marcan en negro sobre celeste, o con los colores al revés cuando no hay colores. Esc quita las marcas.
# Las etiquetas que se nombran son las de los cuadros (callout-*).
help-screen-boxes = Un cuadro con una etiqueta tiene algo importante. Un cuadro "Emergencia", con línea doble, quiere decir: llame al 911 o vaya a la sala de emergencias ahora. "Llame a su equipo médico" quiere decir: llame ahora, de día o de noche. Otras etiquetas, como Importante, Consejo o Nota, dicen qué tiene el cuadro.
help-screen-pages = "Página 2 de 3" abajo del texto quiere decir que esta sección tiene 3 páginas y que usted está en la página 2. Después de la última página, la tecla de página siguiente pasa a la sección siguiente.
help-screen-reviewed = "Revisado el" y una fecha dicen cuándo se revisaron por última vez los datos de la sección.
help-heading-searching = Cómo buscar
help-search-typing = Presione / y escriba palabras de todos los días, como "cansancio" o "ronchas". La guía busca todas las palabras. Ponga palabras entre comillas para encontrarlas juntas. Los errores pequeños no importan, y "¿Quiso decir…?" ofrece la palabra más parecida.
help-search-results = Enter abre un resultado en la página donde están las palabras. Luego n y N van al lugar siguiente y al anterior. La línea de abajo dice en qué coincidencia está, como "Coincidencia 2 de 7".
help-search-no-answer = Si la guía no tiene la respuesta, pregunte a su equipo de atención médica. El cuadro de búsqueda también ofrece la lista de síntomas y el glosario: Tab elige y Enter abre.
help-heading-symptoms = Lista de síntomas
help-symptoms-open = ¿Le preocupa un síntoma? Presione s, o toque "¿Le preocupa un síntoma?" en la pantalla de bienvenida o arriba del contenido.
# Las tres etiquetas son las de urgencia (urgency-*).
help-symptoms-labels = Cada síntoma dice qué hacer: Llame al 911 ahora, Llame al equipo ahora (de día o de noche), o Avise al equipo pronto. Enter o un toque abre la sección que lo explica. Escriba letras para buscar un síntoma.
help-heading-keys = Teclas
help-heading-mouse = Mouse y pantalla táctil
help-mouse-contents = Haga clic o toque un título del contenido para leerlo.
help-mouse-chapters = Haga clic o toque ▸ para abrir un capítulo, y ▾ para cerrarlo.
help-mouse-wheel = La rueda mueve el texto o la lista.
help-mouse-hints = Las teclas de la línea de abajo también son botones.
help-mouse-help-halves = En esta ayuda, toque la mitad de arriba para subir una pantalla, y la mitad de abajo para bajar.
help-mouse-select = Para seleccionar texto, mantenga presionada la tecla Shift mientras arrastra.
help-mouse-off = El mouse está apagado (--no-mouse); la terminal selecciona el texto como siempre.

## La tabla de teclas de la ayuda: un título para cada lugar, y qué hace cada tecla

keys-anywhere = En cualquier lugar
keys-welcome = Pantalla de bienvenida
keys-reader = Al leer
keys-contents = La lista del contenido
keys-search = Búsqueda
keys-glossary = Glosario
keys-definition = Qué significa una palabra
keys-symptoms = Lista de síntomas
keys-help = Esta ayuda
keys-pin = PIN del personal
keys-bookmarks = Marcadores
key-start-reading = Empezar a leer
key-welcome-choose = Elegir: seguir donde estaba, o empezar desde el principio
key-next-page = Página siguiente
key-previous-page = Página anterior
key-line-down = Bajar una línea
key-line-up = Subir una línea
key-next-section = Sección siguiente
key-previous-section = Sección anterior
key-first-page = Primera página de la sección
key-last-page = Última página de la sección
key-next-entry = Título siguiente
key-previous-entry = Título anterior
key-open-chapter = Abrir un capítulo
key-close-chapter = Cerrar un capítulo, o subir
key-read-selected = Leer la sección elegida
key-first-entry = Primer título
key-last-entry = Último título
key-screen-down = Bajar una pantalla
key-screen-up = Subir una pantalla
key-next-link = Enlace o palabra marcada siguiente
key-previous-link = Enlace o palabra marcada anterior
key-follow-link = Seguir el enlace, o explicar la palabra
key-next-match = Lugar siguiente donde están las palabras buscadas
key-previous-match = Lugar anterior donde están las palabras buscadas
key-bookmark-page = Marcar esta página
key-next-result = Resultado siguiente
key-previous-result = Resultado anterior
key-next-choice = Opción siguiente: un resultado, "¿Quiso decir…?", la lista de síntomas o el glosario
key-previous-choice = Opción anterior
key-open-result = Abrir el resultado en su página, o la opción
key-delete-letter = Borrar una letra
key-close-search = Cerrar la búsqueda y quitar las marcas
key-next-word = Palabra siguiente
key-previous-word = Palabra anterior
key-show-meaning = Mostrar qué significa la palabra
key-delete-filter-letter = Borrar una letra de lo que escribió
key-next-symptom = Síntoma siguiente
key-previous-symptom = Síntoma anterior
key-read-symptom = Leer sobre el síntoma
key-help-top = Ir al principio
key-help-end = Ir al final
key-close-help = Cerrar la ayuda
key-next-related = Sección relacionada siguiente
key-previous-related = Sección relacionada anterior
key-read-related = Leer la sección relacionada
key-next-bookmark = Marcador siguiente
key-previous-bookmark = Marcador anterior
key-open-bookmark = Abrir el marcador
key-delete-bookmark = Borrar el marcador
key-search = Buscar en toda la guía
key-glossary = Glosario: palabras y qué significan
key-symptoms = ¿Le preocupa un síntoma? Síntomas en palabras de todos los días
key-back = Volver a donde estaba
key-forward = Avanzar de nuevo
key-bookmarks = Sus marcadores (m agrega uno)
key-contents = Contenido: ir a la lista y volver
key-help = Ayuda (esta pantalla)
key-close = Cerrar lo que está abierto
key-quit = Salir

## La pantalla de bienvenida

welcome-start = Presione Enter o toque aquí para empezar
welcome-from-start = Empezar desde el principio
welcome-continue = Seguir leyendo: { $title }
welcome-symptoms = ¿Le preocupa un síntoma? Presione s o toque aquí
review-note-clinic = Guía revisada el { $date }. Revisada por su clínica: { $clinic }.
review-note-no-clinic = Guía revisada el { $date }. Todavía no revisada por su clínica.
too-small = Agrande la ventana para leer la guía, por favor.

## El contenido y la lectura

contents-title = Contenido
contents-symptoms = ¿Le preocupa un síntoma?
reader-footer = Revisado el { $date } · Página { $page } de { $pages }
reader-page = Página { $page } de { $pages }
sources-heading = Fuentes

## Las etiquetas de los cuadros del texto. La de emergencia no dice un
## número de teléfono: el número está en el texto de la guía.

callout-note = Nota
callout-tip = Consejo
callout-important = Importante
callout-warning = Llame a su equipo médico
callout-caution = Cuidado
callout-emergency = Emergencia

## Palabras en papel (print y export)

paper-contents = Contenido
paper-glossary = Glosario
paper-sources = Fuentes
paper-sources-lead = Los números del texto se refieren a estas fuentes.
paper-reviewed = Revisado el { $date }
paper-also-called = También se llama
paper-see-also = Vea
paper-section = sección { $number }
paper-not-in-handout = en la guía completa
paper-disclaimer-label = Lea esto
paper-version = Versión de la guía: { $version }
paper-page-of = Página { $page } de { $pages }
paper-fill-in = Para llenar y guardar
paper-fill-in-lead = Escriba en estas páginas. Guárdelas con esta guía y tráigalas a sus citas.
paper-card = Mi equipo de atención médica
paper-card-lead = Guarde esta tarjeta donde la pueda encontrar rápido, como en el refrigerador o en su cartera.
paper-card-clinic = Mi clínica u hospital
paper-card-doctor = Mi médico
paper-card-nurse = Mi enfermera o enfermero
paper-card-day-phone = Teléfono de día
paper-card-night-phone = Teléfono de noche y los fines de semana
paper-card-treatment = Mi tratamiento y cuándo lo empecé
paper-questions = Preguntas para mi próxima cita
paper-questions-lead = Escriba sus preguntas cuando se le ocurran. Lleve esta página a su cita.
paper-visit-date = Fecha de mi cita
paper-diary = Diario de síntomas
paper-diary-lead = Anote cualquier cambio en cómo se siente, aunque sea pequeño. Muestre esta página a su equipo de atención médica.
paper-diary-date = Fecha
paper-diary-what = Lo que noté
paper-diary-how-bad = Qué tan fuerte (0 a 10)
paper-diary-what-i-did = Lo que hice

## La búsqueda, el glosario y qué significa una palabra. La línea donde se
## escribe empieza con su etiqueta ("Buscar:"); después va un espacio.

search-title = Buscar en la guía
search-typing = Buscar:
search-empty = Escriba una palabra, como "cansancio" o "ronchas".
search-found = { $count ->
        [one] { $count } lugar encontrado. Enter lo abre.
       *[other] { $count } lugares encontrados. ↑↓ o Tab para elegir, Enter para abrir.
    }
search-no-answer = Esta guía no tiene respuesta para “{ $query }”. Pregunte a su equipo de atención médica sobre su propia salud.
search-help-lines = Líneas de ayuda para preguntas generales:
search-help-lines-short = Líneas de ayuda: { $lines }.
search-did-you-mean = ¿Quiso decir { $word }?
search-offer-symptoms = ¿Le preocupa un síntoma? Abra la lista de síntomas
search-offer-symptoms-short = Abrir la lista de síntomas
search-offer-glossary = Buscar una palabra en el glosario
search-offer-glossary-short = Abrir el glosario
box-esc-to-close = Esc para cerrar
glossary-title = Glosario: palabras y qué significan
glossary-find = Buscar palabra:
glossary-none = Ninguna palabra del glosario tiene esas letras. Presione Backspace para intentar de nuevo.
glossary-count = { $count ->
        [one] { $count } palabra
       *[other] { $count } palabras
    }, de la A a la Z.
glossary-count-filtered = { $count ->
        [one] { $count } palabra
       *[other] { $count } palabras
    } con esas letras.
glossary-also-called = { $term } · también se llama “{ $alias }”
definition-also-called = También se llama: { $names }
definition-read-more = Para leer más (Tab para elegir, Enter para abrir):

## La lista de síntomas

symptoms-title = ¿Le preocupa un síntoma?
symptoms-find = Buscar:
symptoms-none = Ningún síntoma de la lista tiene esas letras. Use Backspace para intentar de nuevo.
symptoms-count = { $count ->
        [one] { $count } síntoma
       *[other] { $count } síntomas
    }, de la A a la Z.
# Qué tan pronto actuar: corto para la lista, y luego la instrucción entera.
urgency-emergency = Llame al 911 ahora
urgency-call-now = Llame al equipo ahora
urgency-tell-soon = Avise al equipo pronto
urgency-emergency-advice = Llame al 911 o vaya a la sala de emergencias ahora.
urgency-call-now-advice = Llame a su equipo de atención médica ahora, de día o de noche.
urgency-tell-soon-advice = Dígaselo a su equipo en su próxima cita, o llame en horas de oficina.

## Marcadores

bookmarks-title = Marcadores
bookmarks-keys = Enter abrir · d borrar · Esc cerrar
bookmarks-count = { $count ->
        [0] Todavía no tiene marcadores. En una página, presione m para agregar uno.
        [one] { $count } marcador.
       *[other] { $count } marcadores.
    }

## El quiosco: la cuenta regresiva y el PIN del personal

countdown-title = ¿Sigue leyendo?
countdown-still-reading = ¿Sigue leyendo? Toque la pantalla o presione cualquier tecla.
countdown-restart = La guía va a empezar de nuevo para la próxima persona en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
pin-title = Personal
pin-prompt = Solo para el personal. Escriba el PIN y luego presione Enter. Esc cancela.
pin-label = PIN:
pin-wrong = Ese PIN no es correcto. { $tries ->
        [one] Le queda { $tries } intento
       *[other] Le quedan { $tries } intentos
    } antes de que se bloquee la entrada del PIN.
pin-locked = Demasiados PIN incorrectos. Intente de nuevo en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
pin-unlocked = Ya puede intentar el PIN de nuevo.

## La ayuda en un quiosco: los botones de abajo, cómo tocar la pantalla,
## y las palabras de los cuadros cuando se usan con el dedo

help-heading-buttons = Los botones de abajo
help-heading-tapping = Cómo tocar la pantalla
help-tap-contents = Toque un título del contenido para leerlo. Toque ▸ para ver las secciones de un capítulo.
help-tap-words = Toque una palabra subrayada para ver qué significa, o un enlace para ir allí. Puede tocar cualquier parte de su línea.
help-tap-swipe = Deslice el dedo hacia arriba o hacia abajo, o gire la rueda del mouse, para mover el texto o una lista.
help-tap-help = Esta ayuda: Página ▶, ◀ Página o la rueda muestran más. Cerrar la quita.
help-heading-keys-kiosk = Teclas, en una pantalla con teclado
help-close-kiosk = Cerrar
help-title-more-by-touch = Ayuda  (Página ▶ para ver más)
notice-close-puts-help-away = El botón Cerrar quita la ayuda.
box-back-to-close = Atrás para cerrar
glossary-open-by-key = Enter muestra qué significa una palabra.
glossary-open-by-touch = Toque una palabra para ver qué significa.
definition-read-more-by-touch = Para leer más (toque uno para abrirlo):
symptoms-open-by-key = Enter abre el que elija.
symptoms-open-by-touch = Toque uno para leer sobre él.

## Lo que dice la ayuda de cada botón táctil

touch-start-reading-about = Empezar a leer la guía desde la primera página.
touch-back-about = Volver a donde estaba antes. También cierra una lista o el significado de una palabra.
touch-contents-about = Muestra la lista de capítulos y secciones; toque un título para leerlo. El botón se ve presionado mientras se ve la lista. Tóquelo otra vez para quitar la lista.
touch-page-back = ◀ Página
touch-page-back-about = La página anterior de la sección que está leyendo. En una lista, la parte de arriba.
touch-page-on = Página ▶
touch-page-on-about = La página siguiente. Después de la última página de una sección viene la sección siguiente. En una lista, la parte de abajo.
touch-a-to-z = A–Z
touch-a-to-z-about = Síntomas de la A a la Z, para saber qué hacer con un síntoma, o palabras de la A a la Z, para ver qué significa una palabra.
touch-help-about = Esta página sobre los botones.
touch-help-page-back-about = La parte de arriba de esta ayuda.
touch-help-page-on-about = Más de esta ayuda.
touch-close = Cerrar
touch-close-about = Quitar esta ayuda y volver a leer.
touch-cancel-about = Quitar la pantalla del PIN del personal.

## De la A a la Z: elegir la lista de síntomas o el glosario

a-to-z-title = De la A a la Z
a-to-z-symptoms = Síntomas de la A a la Z
a-to-z-symptoms-about = ¿Le preocupa un síntoma? Qué hacer y dónde leer más.
a-to-z-words = Palabras de la A a la Z
a-to-z-words-about = Las palabras médicas de esta guía y qué significan (el glosario).
keys-a-to-z = De la A a la Z
key-next-list = La lista siguiente
key-previous-list = La lista anterior
key-open-list = Abrir la lista elegida
key-a-to-z = De la A a la Z: elegir la lista de síntomas o el glosario

## Los colores, y la presentación sencilla para lectores de pantalla (--plain)

hint-colours = Colores
key-colours = Colores: oscuro, claro o alto contraste, uno tras otro
help-screen-colours = ¿Le cuesta leer? Presione t para cambiar los colores: oscuro, claro y luego alto contraste.
notice-theme-light = Colores claros. Presione t para alto contraste.
notice-theme-high-contrast = Alto contraste. Presione t para colores oscuros.
notice-theme-dark = Colores oscuros. Presione t para colores claros.
help-screen-callouts-in-words = Una línea que empieza con una etiqueta, como "Advertencia:", tiene algo importante. Termina en la próxima línea en blanco, o en una línea como "Fin de la advertencia." "Emergencia:" quiere decir: llame al 911 o vaya a la sala de emergencias ahora. "Advertencia:" quiere decir: llame a su equipo de atención médica ahora, de día o de noche. Otras etiquetas, como Importante, Consejo o Nota, dicen qué tiene.
callout-in-words-note = Nota:
callout-in-words-tip = Consejo:
callout-in-words-important = Importante:
callout-in-words-warning = Advertencia:
callout-in-words-caution = Cuidado:
callout-in-words-emergency = Emergencia:
callout-end-note = Fin de la nota.
callout-end-tip = Fin del consejo.
callout-end-important = Fin de la nota importante.
callout-end-warning = Fin de la advertencia.
callout-end-caution = Fin de la nota de cuidado.
callout-end-emergency = Fin de la nota de emergencia.
linear-page = Página { $page } de { $pages }.
linear-page-reviewed = Página { $page } de { $pages }. Revisado el { $date }.
search-glossary = Glosario
welcome-languages = Español / English (L)
touch-to-english = English
touch-to-spanish = Español
touch-to-english-about = Lea esta guía en inglés (English), en la misma página.
touch-to-spanish-about = Lea esta guía en español, en la misma página.
key-language = Español / English: leer la guía en el otro idioma
notice-language-now = La guía está ahora en español.
notice-language-part-missing = Esta parte aún no está en español. Se muestra la parte más cercana.
notice-language-only = Aquí esta guía solo está en español.
notice-language-not-here = Esta guía no está en { $language } aquí, así que se muestra en español.
notice-page-not-in-language = Esta página aún no está en español. Presione L para leerla en inglés.
