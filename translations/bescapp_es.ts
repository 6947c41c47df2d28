<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
    <context>
        <name>Access</name>
        <message>
            <location filename="../bescapp/ui/access.py" line="71" />
            <source>%1, in English</source>
            <translation>%1, en inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/access.py" line="72" />
            <source>%1, in Spanish</source>
            <translation>%1, en español</translation>
        </message>
    </context>
    <context>
        <name>ActionCommands</name>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="29" />
            <source>Edit line of action</source>
            <translation>Editar línea de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="44" />
            <source>New line of action</source>
            <translation>Nueva línea de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="65" />
            <source>Delete line of action</source>
            <translation>Eliminar línea de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="74" />
            <source>Record status update</source>
            <translation>Registrar actualización de estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="99" />
            <source>Edit status update</source>
            <translation>Editar actualización de estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="117" />
            <source>Remove status update</source>
            <translation>Quitar actualización de estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="135" />
            <source>New action plan</source>
            <translation>Nuevo plan de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/commands.py" line="155" />
            <source>Edit action plan</source>
            <translation>Editar plan de acción</translation>
        </message>
    </context>
    <context>
        <name>ActionProblems</name>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="14" />
            <source>The due date %1 is before the action plan's start (%2).</source>
            <translation>La fecha límite %1 es anterior al inicio del plan de acción (%2).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="17" />
            <source>Progress must be between 0 and 100 (it is %1).</source>
            <translation>El avance debe estar entre 0 y 100 (es %1).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="19" />
            <source>The update is dated %1, which is after today (%2).</source>
            <translation>La actualización tiene fecha %1, posterior a hoy (%2).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="22" />
            <source>The update is dated %1, before the line existed (%2).</source>
            <translation>La actualización tiene fecha %1, anterior a la creación de la línea (%2).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="25" />
            <source>The line is marked completed but its progress is %1%, not 100%.</source>
            <translation>La línea está marcada como concluida, pero su avance es %1%, no 100%.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="28" />
            <source>Give the title in English or Spanish.</source>
            <translation>Escriba el título en inglés o en español.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="30" />
            <source>Give the plan a code (such as POE).</source>
            <translation>Asigne una clave al plan (por ejemplo, POE).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="32" />
            <source>There is already a plan with the code %1.</source>
            <translation>Ya existe un plan con la clave %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="34" />
            <source>The text is longer than %1 characters.</source>
            <translation>El texto tiene más de %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/messages.py" line="36" />
            <source>The text holds characters that cannot be stored; type it again instead of pasting.</source>
            <translation>El texto contiene caracteres que no se pueden guardar; escríbalo de nuevo en lugar de pegarlo.</translation>
        </message>
    </context>
    <context>
        <name>ActionsWorkspace</name>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="229" />
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="230" />
            <source>Search in English or Spanish…</source>
            <translation>Buscar en inglés o en español…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="233" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="236" />
            <source>Both parties</source>
            <translation>Ambas partes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="240" />
            <location filename="../bescapp/ui/actions/view.py" line="326" />
            <source>All plans</source>
            <translation>Todos los planes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="242" />
            <location filename="../bescapp/ui/actions/view.py" line="330" />
            <source>All agencies</source>
            <translation>Todas las dependencias</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="243" />
            <source>&amp;Overdue only</source>
            <translation>S&amp;olo vencidas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="244" />
            <source>&amp;Changed since the previous plenary</source>
            <translation>&amp;Con cambios desde la plenaria anterior</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="246" />
            <source>Lines with a status update dated after the previous plenary and up to the current meeting</source>
            <translation>Líneas con una actualización de estado fechada después de la plenaria anterior y hasta la reunión actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="248" />
            <source>Show &amp;all</source>
            <translation>&amp;Mostrar todas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="249" />
            <source>Clear the search and every filter</source>
            <translation>Borra la búsqueda y todos los filtros</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="251" />
            <source>Record the selected line's new status and progress, and what changed</source>
            <translation>Registra el nuevo estado y avance de la línea seleccionada, y lo que cambió</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="253" />
            <source>The status report as a Word document, with or without the internal notes</source>
            <translation>El informe de avance como documento de Word, con o sin las notas internas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="254" />
            <source>&amp;New line…</source>
            <translation>&amp;Nueva línea…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="256" />
            <source>&amp;Delete line…</source>
            <translation>E&amp;liminar línea…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="257" />
            <source>&amp;Record status update…</source>
            <translation>&amp;Registrar actualización…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="258" />
            <source>New &amp;plan…</source>
            <translation>Nuevo &amp;plan…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="284" />
            <source>Edit p&amp;lan…</source>
            <translation>E&amp;ditar plan…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="259" />
            <source>E&amp;xport status report…</source>
            <translation>E&amp;xportar informe de avance…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="260" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="270" />
            <source>Edit &amp;update…</source>
            <translation>Editar actuali&amp;zación…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="282" />
            <source>Edi&amp;t line…</source>
            <translation>Edi&amp;tar línea…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="261" />
            <source>Search action lines</source>
            <translation>Buscar líneas de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="262" />
            <source>Show the lines of plan</source>
            <translation>Mostrar las líneas del plan</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="263" />
            <source>Show the lines with status</source>
            <translation>Mostrar las líneas con el estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="264" />
            <source>Show the lines of party</source>
            <translation>Mostrar las líneas de la parte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="265" />
            <source>Show the lines of agency</source>
            <translation>Mostrar las líneas de la dependencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="266" />
            <source>Action lines</source>
            <translation>Líneas de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="267" />
            <source>Enter edits the selected line; its history is shown below</source>
            <translation>Intro edita la línea seleccionada; su historial aparece debajo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="268" />
            <source>History of the selected line</source>
            <translation>Historial de la línea seleccionada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="269" />
            <source>Edit the selected line</source>
            <translation>Editar la línea seleccionada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="271" />
            <source>Re&amp;move update</source>
            <translation>&amp;Quitar actualización</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="283" />
            <source>Vie&amp;w line…</source>
            <translation>V&amp;er línea…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="285" />
            <source>View p&amp;lan…</source>
            <translation>Ver pl&amp;an…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="342" />
            <source>As of %1</source>
            <translation>Al %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="349" />
            <source>previous plenary: %1</source>
            <translation>plenaria anterior: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="354" />
            <source>Lines with later updates (not counted): %1</source>
            <translation>Líneas con actualizaciones posteriores (no contadas): %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="357" />
            <source>Updates dated after %1 do not count as of the meeting's date, as in the status report; each line's history shows them.</source>
            <translation>Las actualizaciones con fecha posterior al %1 no cuentan a la fecha de la reunión, igual que en el informe de avance; el historial de cada línea las muestra.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="396" />
            <source>Showing %1 of %2 lines</source>
            <translation>Mostrando %1 de %2 líneas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="426" />
            <source>Select a line to see its history.</source>
            <translation>Seleccione una línea para ver su historial.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="470" />
            <source>Please confirm</source>
            <translation>Confirme, por favor</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="472" />
            <source>Save it anyway?</source>
            <translation>¿Desea guardarla de todos modos?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="491" />
            <source>Delete line of action</source>
            <translation>Eliminar línea de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="492" />
            <source>Delete %1 “%2” and its status history? Undo (Ctrl+Z) puts them back.</source>
            <translation>¿Eliminar %1 «%2» y su historial de avance? Deshacer (Ctrl+Z) los restaura.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="509" />
            <source>Line of action details</source>
            <translation>Datos de la línea de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="582" />
            <source>Remove status update</source>
            <translation>Quitar actualización de estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="583" />
            <source>Remove this status update from the line's history?
You can undo this with Edit ▸ Undo.</source>
            <translation>¿Quitar esta actualización del historial de la línea?
Puede deshacerlo con Editar ▸ Deshacer.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="610" />
            <source>Action plan details</source>
            <translation>Datos del plan de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="633" />
            <source>internal</source>
            <translation>interno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="634" />
            <source>Export status report</source>
            <translation>Exportar informe de avance</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="635" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="648" />
            <source>Status report not exported</source>
            <translation>No se exportó el informe de avance</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="654" />
            <source>Status report exported</source>
            <translation>Informe de avance exportado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/view.py" line="655" />
            <source>The status report was written to %1.
Open it now?</source>
            <translation>El informe de avance se guardó en %1.
¿Desea abrirlo ahora?</translation>
        </message>
    </context>
    <context>
        <name>AgenciesDialog</name>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="134" />
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="141" />
            <source>Agencies</source>
            <translation>Dependencias</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="135" />
            <source>&amp;New agency…</source>
            <translation>&amp;Nueva dependencia…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="136" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="137" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="138" />
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="138" />
            <source>Acronym</source>
            <translation>Siglas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="139" />
            <source>Name (English)</source>
            <translation>Nombre (inglés)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="140" />
            <source>Name (Spanish)</source>
            <translation>Nombre (español)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="141" />
            <source>Enter edits the selected agency</source>
            <translation>Intro edita la dependencia seleccionada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="175" />
            <source>Delete agency</source>
            <translation>Eliminar dependencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="176" />
            <source>Delete %1? People and action lines that name it keep their place with no agency. You can undo this with Edit ▸ Undo.</source>
            <translation>¿Eliminar %1? Las personas y líneas de acción que la mencionan se conservan, sin dependencia. Puede deshacerlo con Edición ▸ Deshacer.</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="76" />
            <source>Agency</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="77" />
            <source>&amp;Party:</source>
            <translation>&amp;Parte:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="77" />
            <source>&amp;Acronym:</source>
            <translation>&amp;Siglas:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="77" />
            <source>Name (&amp;English):</source>
            <translation>Nombre (&amp;inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="78" />
            <source>Name (&amp;Spanish):</source>
            <translation>Nombre (&amp;español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/agencies_dialog.py" line="90" />
            <source>Enter an acronym and a name.</source>
            <translation>Escriba las siglas y un nombre.</translation>
        </message>
    </context>
    <context>
        <name>AgendaCommands</name>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="45" />
            <source>Add item</source>
            <translation>Agregar tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="66" />
            <source>Edit item</source>
            <translation>Editar tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="88" />
            <source>Move item</source>
            <translation>Mover tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="141" />
            <source>Move item up</source>
            <translation>Subir tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="146" />
            <source>Move item down</source>
            <translation>Bajar tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="151" />
            <source>Indent item</source>
            <translation>Aumentar sangría del tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="156" />
            <source>Outdent item</source>
            <translation>Reducir sangría del tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="161" />
            <source>Delete item</source>
            <translation>Eliminar tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="177" />
            <source>Change leads</source>
            <translation>Cambiar ponentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="189" />
            <source>Attach background paper</source>
            <translation>Adjuntar documento de antecedentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="211" />
            <source>Remove background paper</source>
            <translation>Quitar documento de antecedentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/commands.py" line="227" />
            <source>Copy agenda from earlier meeting</source>
            <translation>Copiar el orden del día de una reunión anterior</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="206" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="207" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="208" />
            <source>Duration (minutes)</source>
            <translation>Duración (minutos)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="209" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="210" />
            <source>Fixed start at</source>
            <translation>Inicio fijo a las</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="214" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="214" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="215" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="215" />
            <source>Talking points</source>
            <translation>Puntos de conversación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="216" />
            <source>Background</source>
            <translation>Antecedentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="217" />
            <source>Desired outcome</source>
            <translation>Resultado esperado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="218" />
            <source>Counterpart's likely position</source>
            <translation>Posición probable de la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="219" />
            <source>If asked</source>
            <translation>Si preguntan</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="223" />
            <source>Fixed start time</source>
            <translation>Hora fija de inicio</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="224" />
            <source>The item starts at this time, whatever comes before it</source>
            <translation>El tema inicia a esta hora, sin importar lo que vaya antes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="225" />
            <source>An item with sub-items lasts as long as they do</source>
            <translation>Un tema con subtemas dura lo que duran sus subtemas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="226" />
            <source>Internal — for our delegation only</source>
            <translation>Interno — solo para nuestra delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="228" />
            <source>Never printed in the joint agenda or any other shareable document.</source>
            <translation>Nunca se imprime en el orden del día conjunto ni en ningún otro documento para compartir.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="229" />
            <source>Leads (both delegations)</source>
            <translation>Ponentes (ambas delegaciones)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="230" />
            <source>Background papers (internal)</source>
            <translation>Documentos de antecedentes (internos)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="231" />
            <source>Attach .docx…</source>
            <translation>Adjuntar .docx…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="233" />
            <source>Tick the members of either delegation who lead this item</source>
            <translation>Marque a los integrantes de cualquiera de las dos delegaciones que presentan este tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="235" />
            <source>Word papers put into the briefing book after this item</source>
            <translation>Documentos de Word que se incorporan a la carpeta informativa después de este tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="238" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="312" />
            <source>%1 (%2 KB, added %3)</source>
            <translation>%1 (%2 KB, agregado el %3)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/editor.py" line="384" />
            <source>Removed %1 control characters that Word files cannot hold.</source>
            <translation>Se quitaron %1 caracteres de control que los archivos de Word no admiten.</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="218" />
            <source>No.</source>
            <translation>Núm.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="218" />
            <source>Time</source>
            <translation>Horario</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="218" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="218" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="219" />
            <source>Leads</source>
            <translation>Ponentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="219" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="257" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="269" />
            <source>Leaves a gap of %1 before its fixed start.</source>
            <translation>Deja un intervalo libre de %1 antes de su inicio fijo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="272" />
            <source>Its fixed start overlaps the previous item by %1.</source>
            <translation>Su inicio fijo se traslapa %1 con el tema anterior.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/model.py" line="275" />
            <source>Runs %1 past the end of the meeting day (%2).</source>
            <translation>Termina %1 después del fin de la jornada (%2).</translation>
        </message>
    </context>
    <context>
        <name>AgendaWorkspace</name>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="233" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="238" />
            <source>Add &amp;above</source>
            <translation>Agregar a&amp;rriba</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="238" />
            <source>Add an item above the selected one</source>
            <translation>Agregar un tema arriba del seleccionado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="239" />
            <source>Add &amp;below</source>
            <translation>Agregar a&amp;bajo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="239" />
            <source>Add an item below (Insert, Ctrl+Enter)</source>
            <translation>Agregar un tema abajo (Insert, Ctrl+Intro)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="240" />
            <source>Add an item inside (Ctrl+Insert)</source>
            <translation>Agregar un tema dentro (Ctrl+Insert)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="240" />
            <source>Add &amp;sub-item</source>
            <translation>Agregar subte&amp;ma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="241" />
            <source>Move &amp;up</source>
            <translation>Sub&amp;ir</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="241" />
            <source>Move up (Ctrl+Up)</source>
            <translation>Subir (Ctrl+Arriba)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="242" />
            <source>Move &amp;down</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="242" />
            <source>Move down (Ctrl+Down)</source>
            <translation>Bajar (Ctrl+Abajo)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="243" />
            <source>&amp;Indent</source>
            <translation>&amp;Sangría</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="243" />
            <source>Make it a sub-item of the one above (Tab)</source>
            <translation>Convertirlo en subtema del tema de arriba (Tab)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="244" />
            <source>&amp;Outdent</source>
            <translation>&amp;Quitar sangría</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="244" />
            <source>Move it out one level (Shift+Tab)</source>
            <translation>Subirlo un nivel (Mayús+Tab)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="245" />
            <source>Delete the item and its sub-items (Delete)</source>
            <translation>Eliminar el tema y sus subtemas (Supr)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="246" />
            <source>&amp;Copy from earlier meeting…</source>
            <translation>&amp;Copiar de una reunión anterior…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="247" />
            <source>Copy structure, titles and durations; not leads or internal notes</source>
            <translation>Copia la estructura, los títulos y las duraciones; no los ponentes ni las notas internas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="252" />
            <location filename="../bescapp/ui/agenda/view.py" line="473" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="252" />
            <location filename="../bescapp/ui/agenda/view.py" line="473" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="252" />
            <source>Bilingual (side by side)</source>
            <translation>Bilingüe (lado a lado)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="256" />
            <source>B&amp;riefing…</source>
            <translation>Carpeta in&amp;formativa…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="258" />
            <source>Scene-setter, objectives, asks, press guidance, the visit schedule and the clearances: what the briefing book adds (internal)</source>
            <translation>Panorama, objetivos, planteamientos, líneas de prensa, programa de la visita y visto bueno: lo que agrega la carpeta informativa (interno)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="260" />
            <source>Document &amp;language:</source>
            <translation>Idioma del &amp;documento:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="262" />
            <source>The joint agenda as a Word document; it never contains internal fields</source>
            <translation>El orden del día conjunto como documento de Word; nunca contiene campos internos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="369" />
            <source>Choose a meeting in the Meetings workspace.</source>
            <translation>Elija una reunión en el espacio Reuniones.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="373" />
            <source>%1 — the day runs %2 to %3</source>
            <translation>%1 — la jornada va de %2 a %3</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="382" />
            <source>⚠ The agenda runs %1 past the end of the day (%2); items affected: %3.</source>
            <translation>⚠ El orden del día termina %1 después del fin de la jornada (%2); temas afectados: %3.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="389" />
            <source>%1 items; the agenda fits in the meeting day.</source>
            <translation>%1 temas; el orden del día cabe en la jornada.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="464" />
            <location filename="../bescapp/ui/agenda/view.py" line="602" />
            <location filename="../bescapp/ui/agenda/view.py" line="605" />
            <source>Agenda not changed</source>
            <translation>El orden del día no cambió</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="467" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="467" />
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="468" />
            <source>objective</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="468" />
            <source>talking points</source>
            <translation>puntos de conversación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="469" />
            <source>background</source>
            <translation>antecedentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="470" />
            <source>desired outcome</source>
            <translation>resultado esperado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="471" />
            <source>counterpart's likely position</source>
            <translation>posición probable de la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="472" />
            <source>if asked</source>
            <translation>si preguntan</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="475" />
            <source>An item must last at least one minute.</source>
            <translation>Un tema debe durar al menos un minuto.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="476" />
            <source>A duration cannot be negative.</source>
            <translation>La duración no puede ser negativa.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="478" />
            <source>A duration cannot be more than 24 hours (1,440 minutes).</source>
            <translation>La duración no puede ser mayor de 24 horas (1,440 minutos).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="480" />
            <source>The fixed start must fall within the meeting day.</source>
            <translation>El inicio fijo debe quedar dentro de la jornada de la reunión.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="481" />
            <source>Give the title in English or Spanish.</source>
            <translation>Escriba el título en inglés o en español.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="482" />
            <source>The day is outside the meeting's dates.</source>
            <translation>El día queda fuera de las fechas de la reunión.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="483" />
            <source>Only Word documents (.docx) can be attached.</source>
            <translation>Solo se pueden adjuntar documentos de Word (.docx).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="484" />
            <source>An item cannot be moved inside itself.</source>
            <translation>Un tema no se puede mover dentro de sí mismo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="485" />
            <source>The text holds characters that cannot be stored; type it again instead of pasting.</source>
            <translation>El texto contiene caracteres que no se pueden guardar; escríbalo de nuevo en lugar de pegarlo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="489" />
            <source>The %1 (%2) has %3 characters; the limit is %4. Nothing was saved: shorten it and try again.</source>
            <translation>El campo %1 (%2) tiene %3 caracteres; el límite es %4. No se guardó nada: acórtelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="565" />
            <source>Delete “%1”?</source>
            <translation>¿Eliminar «%1»?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="567" />
            <source>Its %1 sub-items are deleted with it.</source>
            <translation>Sus %1 subtemas se eliminan con él.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="569" />
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>Puede deshacerlo con Edición ▸ Deshacer.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="571" />
            <source>Delete item</source>
            <translation>Eliminar tema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="587" />
            <source>Attach background paper</source>
            <translation>Adjuntar documento de antecedentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="588" />
            <location filename="../bescapp/ui/agenda/view.py" line="636" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="606" />
            <source>Could not read %1: %2</source>
            <translation>No se pudo leer %1: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="617" />
            <source>Copy agenda</source>
            <translation>Copiar orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="620" />
            <source>No earlier meeting has an agenda to copy.</source>
            <translation>Ninguna reunión anterior tiene un orden del día que copiar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="618" />
            <source>Copy the agenda of (structure, titles and durations; not leads or internal notes):</source>
            <translation>Copiar el orden del día de (estructura, títulos y duraciones; no los ponentes ni las notas internas):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="234" />
            <source>Agenda items</source>
            <translation>Temas del orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="235" />
            <source>Enter edits the selected item; Insert adds one below it, Delete deletes it; Ctrl+Up and Ctrl+Down move it</source>
            <translation>Intro edita el tema seleccionado; Insert agrega uno debajo, Supr lo elimina; Ctrl+Arriba y Ctrl+Abajo lo mueven</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="245" />
            <source>Dele&amp;te…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="255" />
            <source>E&amp;xport agenda…</source>
            <translation>E&amp;xportar orden del día…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="635" />
            <source>Export agenda</source>
            <translation>Exportar orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="641" />
            <source>Writing the agenda…</source>
            <translation>Escribiendo el orden del día…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="652" />
            <source>Agenda not exported</source>
            <translation>El orden del día no se exportó</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="659" />
            <source>Agenda exported</source>
            <translation>Orden del día exportado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/agenda/view.py" line="660" />
            <source>The agenda was written to %1.
Open it now?</source>
            <translation>El orden del día se guardó en %1.
¿Desea abrirlo ahora?</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../bescapp/ui/context.py" line="181" />
            <source>Changed by someone else</source>
            <translation>Modificado por otra persona</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/context.py" line="186" />
            <source>Your account on the server may only read this database. The change was not saved.</source>
            <translation>Su cuenta en el servidor solo puede consultar esta base de datos. El cambio no se guardó.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/context.py" line="190" />
            <source>This database is read-only: its file or folder cannot be written. The change was not saved.</source>
            <translation>Esta base de datos es de solo lectura: no se puede escribir en su archivo ni en su carpeta. El cambio no se guardó.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/context.py" line="194" />
            <source>Another program is using this database. The change was not saved; try again in a moment.</source>
            <translation>Otro programa está usando esta base de datos. El cambio no se guardó; inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/context.py" line="198" />
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../bescapp/app.py" line="158" />
            <location filename="../bescapp/app.py" line="193" />
            <source>Cannot open database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="168" />
            <source>Database updated; the previous version was saved as %1</source>
            <translation>Base de datos actualizada; la versión anterior se guardó como %1</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="204" />
            <source>The server did not accept the password for %1. Password:</source>
            <translation>El servidor no aceptó la contraseña de %1. Contraseña:</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="205" />
            <source>Password for %1:</source>
            <translation>Contraseña de %1:</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="206" />
            <source>Server password</source>
            <translation>Contraseña del servidor</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="244" />
            <location filename="../bescapp/app.py" line="248" />
            <source>Database not copied</source>
            <translation>Base de datos no copiada</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="253" />
            <source>Database copied</source>
            <translation>Base de datos copiada</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="254" />
            <source>%1 rows in %2 tables were copied to %3, and counted the same on both sides.

Open the server's database now?</source>
            <translation>Se copiaron %1 filas de %2 tablas a %3, y se contaron las mismas en ambos lados.

¿Abrir ahora la base de datos del servidor?</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="276" />
            <source>Database not created</source>
            <translation>Base de datos no creada</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="277" />
            <source>%1 is the database open now; choose another name.</source>
            <translation>%1 es la base de datos abierta ahora; elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="287" />
            <source>The earlier file was moved to %1</source>
            <translation>El archivo anterior se movió a %1</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="316" />
            <source>Our side is not set yet: choose it in File ▸ Database settings.</source>
            <translation>Aún no se ha indicado nuestra Parte: elíjala en Archivo ▸ Configuración de la base de datos.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="324" />
            <source>Empty database</source>
            <translation>Base de datos vacía</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="325" />
            <source>This database holds no meetings yet.

Load the demo plenary (the 12th Plenary Meeting, Mexico City) to explore bescapp?</source>
            <translation>Esta base de datos aún no contiene reuniones.

¿Cargar la plenaria de demostración (XII Reunión Plenaria, Ciudad de México) para conocer bescapp?</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="357" />
            <source>Settings not saved</source>
            <translation>Configuración no guardada</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="359" />
            <source>Database settings saved.</source>
            <translation>Configuración de la base de datos guardada.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="370" />
            <source>Backup not written</source>
            <translation>No se escribió la copia de seguridad</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="371" />
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="374" />
            <source>Backup written to %1</source>
            <translation>Copia de seguridad escrita en %1</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="387" />
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="388" />
            <source>the file name is too long for this disk</source>
            <translation>el nombre del archivo es demasiado largo para este disco</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="389" />
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="390" />
            <source>it is a symbolic link, and bescapp does not replace links</source>
            <translation>es un enlace simbólico, y bescapp no reemplaza enlaces</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="391" />
            <source>you do not have permission to write there</source>
            <translation>no tiene permiso para escribir ahí</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="416" />
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="417" />
            <source>bescapp could not finish what you asked: %1

What was saved before is safe. The details were written to %2.</source>
            <translation>bescapp no pudo terminar lo que usted pidió: %1

Lo guardado antes está a salvo. Los detalles se escribieron en %2.</translation>
        </message>
    </context>
    <context>
        <name>BriefingCommands</name>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="26" />
            <source>Edit briefing texts</source>
            <translation>Editar textos de la carpeta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="63" />
            <source>Add to the visit schedule</source>
            <translation>Agregar al programa de la visita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="70" />
            <source>Add clearance</source>
            <translation>Agregar visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="96" />
            <source>Edit the visit schedule</source>
            <translation>Editar el programa de la visita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="103" />
            <source>Edit clearance</source>
            <translation>Editar visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="126" />
            <source>Delete from the visit schedule</source>
            <translation>Eliminar del programa de la visita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="132" />
            <source>Delete clearance</source>
            <translation>Eliminar visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="151" />
            <source>Move in the visit schedule</source>
            <translation>Mover en el programa de la visita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="157" />
            <source>Move clearance</source>
            <translation>Mover visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="166" />
            <source>Remove photo</source>
            <translation>Quitar fotografía</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/commands.py" line="167" />
            <source>Set photo</source>
            <translation>Poner fotografía</translation>
        </message>
    </context>
    <context>
        <name>BriefingDialog</name>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="209" />
            <source>Briefing</source>
            <translation>Carpeta informativa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="210" />
            <source>&amp;Briefing texts</source>
            <translation>&amp;Textos de la carpeta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="211" />
            <source>&amp;Visit schedule</source>
            <translation>&amp;Programa de la visita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="212" />
            <source>&amp;Clearances</source>
            <translation>&amp;Visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="213" />
            <source>Internal — for our delegation only: printed in the briefing book, never in a shareable document. One point per line.</source>
            <translation>Interno, solo para nuestra delegación: se imprime en la carpeta informativa, nunca en un documento para compartir. Un punto por renglón.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="215" />
            <source>Scene-setter</source>
            <translation>Panorama general</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="215" />
            <source>Our objectives</source>
            <translation>Nuestros objetivos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="216" />
            <source>Counterpart's likely asks</source>
            <translation>Probables planteamientos de la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="217" />
            <source>Desired outcomes</source>
            <translation>Resultados esperados</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="218" />
            <source>Press guidance (top lines)</source>
            <translation>Líneas de prensa (mensajes principales)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="219" />
            <source>If asked (questions and answers)</source>
            <translation>Si preguntan (preguntas y respuestas)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="222" />
            <source>&amp;Add…</source>
            <translation>&amp;Agregar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="224" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="224" />
            <source>What</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="224" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="224" />
            <source>Who</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="224" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="225" />
            <source>A&amp;dd…</source>
            <translation>A&amp;gregar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="227" />
            <source>Step</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="227" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="227" />
            <source>Office</source>
            <translation>Área</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="227" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="281" />
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="287" />
            <source>Day %1</source>
            <translation>Día %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="348" />
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="28" />
            <source>%1: unbalanced square brackets %2</source>
            <translation>%1: corchetes desparejados %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="29" />
            <source>%1: %2 has no counterpart in the other language</source>
            <translation>%1: %2 no tiene equivalente en el otro idioma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="31" />
            <source>%1: the alternatives %2 are not matched in the other language</source>
            <translation>%1: las alternativas %2 no coinciden con las del otro idioma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="33" />
            <source>%1: the paragraph is empty</source>
            <translation>%1: el párrafo está vacío</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="34" />
            <source>%1: the agreed term “%2” is missing</source>
            <translation>%1: falta el término acordado «%2»</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="35" />
            <source>%1: the paragraph is marked agreed but still holds bracketed text %2</source>
            <translation>%1: el párrafo está marcado como acordado pero aún tiene texto entre corchetes %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="37" />
            <source>%1: the alternatives %2 are not proposed by the same sides in the other language</source>
            <translation>%1: las alternativas %2 no las propone la misma parte en el otro idioma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="41" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="42" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
    </context>
    <context>
        <name>ChecksModel</name>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="99" />
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="100" />
            <source>Check</source>
            <translation>Verificación</translation>
        </message>
    </context>
    <context>
        <name>ClearanceDialog</name>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="211" />
            <source>Add clearance</source>
            <translation>Agregar visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="211" />
            <source>Edit clearance</source>
            <translation>Editar visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="214" />
            <source>&amp;Step:</source>
            <translation>&amp;Etapa:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="215" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="216" />
            <source>&amp;Office:</source>
            <translation>&amp;Área:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="217" />
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="220" />
            <source>done on</source>
            <translation>el</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="221" />
            <source>Who drafted or cleared</source>
            <translation>Quién elaboró o revisó</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="222" />
            <source>Office or post, as on a clearance line</source>
            <translation>Área o cargo, como en la línea de visto bueno</translation>
        </message>
    </context>
    <context>
        <name>CommuniqueCommands</name>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="58" />
            <source>Generate draft</source>
            <translation>Generar borrador</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="64" />
            <source>Add paragraph</source>
            <translation>Agregar párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="70" />
            <source>Split paragraph</source>
            <translation>Dividir párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="76" />
            <source>Merge paragraphs</source>
            <translation>Unir párrafos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="85" />
            <source>Move paragraph up</source>
            <translation>Subir párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="87" />
            <source>Move paragraph down</source>
            <translation>Bajar párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="94" />
            <source>Delete paragraph</source>
            <translation>Eliminar párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="100" />
            <source>Edit paragraph</source>
            <translation>Editar párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="106" />
            <source>Change paragraph status</source>
            <translation>Cambiar el estado del párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="112" />
            <source>Save version</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="132" />
            <source>Accept their paragraph</source>
            <translation>Aceptar su párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="133" />
            <source>Bracket both wordings</source>
            <translation>Poner ambas redacciones entre corchetes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="144" />
            <source>Import their proposal</source>
            <translation>Importar su propuesta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="166" />
            <source>Delete version</source>
            <translation>Eliminar versión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="173" />
            <source>Add term</source>
            <translation>Agregar término</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="193" />
            <source>Edit term</source>
            <translation>Editar término</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="204" />
            <source>Delete term</source>
            <translation>Eliminar término</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="211" />
            <source>Mark as conforming</source>
            <translation>Marcar como concordante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/commands.py" line="217" />
            <source>Clear conformity</source>
            <translation>Quitar la concordancia</translation>
        </message>
    </context>
    <context>
        <name>CommuniqueProblems</name>
        <message>
            <location filename="../bescapp/ui/communique/messages.py" line="36" />
            <source>The clean communiqué is printed only when every paragraph is agreed and conforming.</source>
            <translation>El comunicado definitivo se imprime solo cuando todos los párrafos están acordados y tienen comprobada la concordancia.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/messages.py" line="42" />
            <source>Not agreed yet: %1.</source>
            <translation>Aún sin acordar: %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/messages.py" line="46" />
            <source>Agreed but still showing square brackets: %1.</source>
            <translation>Acordados pero todavía con corchetes: %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/messages.py" line="50" />
            <source>Not checked for conformity (the English and Spanish texts saying the same): %1.</source>
            <translation>Sin comprobar la concordancia (que los textos en inglés y en español digan lo mismo): %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/messages.py" line="53" />
            <source>Export the negotiating text instead, or agree the paragraphs and check their conformity first.</source>
            <translation>Exporte en su lugar el texto de negociación, o acuerde los párrafos y compruebe antes su concordancia.</translation>
        </message>
    </context>
    <context>
        <name>CommuniqueWorkspace</name>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="475" />
            <location filename="../bescapp/ui/communique/view.py" line="484" />
            <source>Generate draft</source>
            <translation>Generar borrador</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="194" />
            <source>Write a first draft from the meeting's facts and the paragraph patterns (replaces the working draft; undoable)</source>
            <translation>Redactar un primer borrador a partir de los datos de la reunión y de los modelos de párrafo (sustituye el borrador de trabajo; se puede deshacer)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="196" />
            <source>Add a paragraph after the current one</source>
            <translation>Agregar un párrafo después del actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="198" />
            <source>Split the current paragraph where the cursor is</source>
            <translation>Dividir el párrafo actual donde está el cursor</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="200" />
            <source>Join the current paragraph and the next one</source>
            <translation>Unir el párrafo actual con el siguiente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="201" />
            <source>Move the current paragraph up</source>
            <translation>Subir el párrafo actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="202" />
            <source>Move the current paragraph down</source>
            <translation>Bajar el párrafo actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="203" />
            <source>Delete the current paragraph</source>
            <translation>Eliminar el párrafo actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="205" />
            <source>Keep the working draft as a labelled version</source>
            <translation>Conservar el borrador de trabajo como una versión con etiqueta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="207" />
            <source>Word-by-word differences between two versions</source>
            <translation>Diferencias palabra por palabra entre dos versiones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="193" />
            <source>&amp;Generate draft</source>
            <translation>Generar &amp;borrador</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="196" />
            <source>A&amp;dd</source>
            <translation>A&amp;gregar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="197" />
            <source>&amp;Split at cursor</source>
            <translation>&amp;Dividir en el cursor</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="199" />
            <source>&amp;Merge with next</source>
            <translation>U&amp;nir con el siguiente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="201" />
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="202" />
            <source>Move do&amp;wn</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="203" />
            <source>De&amp;lete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="204" />
            <source>Save versi&amp;on…</source>
            <translation>Guardar ve&amp;rsión…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="206" />
            <source>Com&amp;pare versions…</source>
            <translation>Com&amp;parar versiones…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="208" />
            <source>Import counterpart's draft…</source>
            <translation>Importar borrador de la contraparte…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="209" />
            <source>Read the counterpart's edited Word file as their proposal, a version of its own</source>
            <translation>Leer el archivo de Word editado por la contraparte como su propuesta, en una versión propia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="211" />
            <source>Their proposal…</source>
            <translation>Su propuesta…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="212" />
            <source>Accept, keep or bracket each paragraph of their latest proposal</source>
            <translation>Aceptar, conservar o poner entre corchetes cada párrafo de su propuesta más reciente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="214" />
            <source>E&amp;xport communiqué…</source>
            <translation>E&amp;xportar comunicado…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="215" />
            <source>Write the communiqué as a Word document</source>
            <translation>Guardar el comunicado como documento de Word</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="223" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="224" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="227" />
            <location filename="../bescapp/ui/communique/view.py" line="235" />
            <source>Checks</source>
            <translation>Verificaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="228" />
            <source>Add as a varia&amp;nt of the term…</source>
            <translation>Añadir como varia&amp;nte del término…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="230" />
            <source>The selected check names a term missing in one language: add the words the paragraph uses there as an accepted variant of that term</source>
            <translation>La comprobación seleccionada señala un término que falta en un idioma: añada las palabras que el párrafo usa en ese idioma como variante aceptada del término</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="232" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="233" />
            <source>Termbase</source>
            <translation>Glosario</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="234" />
            <source>Communiqué pages</source>
            <translation>Páginas del comunicado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="236" />
            <source>Problems found in the draft; Enter or a click goes to the paragraph</source>
            <translation>Problemas encontrados en el borrador; Intro o un clic lleva al párrafo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="237" />
            <source>Go to the paragraph of the selected check</source>
            <translation>Ir al párrafo de la verificación seleccionada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="255" />
            <source>Joint communiqué</source>
            <translation>Comunicado conjunto</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="258" />
            <source>Choose a meeting in the Meetings workspace.</source>
            <translation>Elija una reunión en el espacio Reuniones.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="260" />
            <source>No paragraphs yet: use “Generate draft” to write a first draft from the meeting's facts, or “Add”.</source>
            <translation>Aún no hay párrafos: use «Generar borrador» para redactar un primer borrador a partir de los datos de la reunión, o «Agregar».</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="328" />
            <source>Checks: %1</source>
            <translation>Verificaciones: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="329" />
            <source>Checks: none</source>
            <translation>Verificaciones: ninguna</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="380" />
            <source>in English</source>
            <translation>en inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="380" />
            <source>in Spanish</source>
            <translation>en español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="382" />
            <source>Add a variant</source>
            <translation>Añadir una variante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="383" />
            <source>How paragraph %1 writes “%2” %3 (an accepted variant: another spelling, an acronym, the other word order):</source>
            <translation>Cómo escribe el párrafo %1 «%2» %3 (una variante aceptada: otra grafía, una sigla, el otro orden de las palabras):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="410" />
            <source>Communiqué</source>
            <translation>Comunicado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="476" />
            <source>Replace the working draft's %1 paragraphs with a draft generated from the meeting's facts? You can undo this.</source>
            <translation>¿Sustituir los %1 párrafos del borrador de trabajo por un borrador generado a partir de los datos de la reunión? Puede deshacerlo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="549" />
            <source>Rev. %1 — </source>
            <translation>Rev. %1 — </translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="550" />
            <source>Save version</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="551" />
            <source>Label of the version:</source>
            <translation>Etiqueta de la versión:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="564" />
            <source>Compare versions</source>
            <translation>Comparar versiones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="565" />
            <source>Save a version first: there is only the working draft to compare.</source>
            <translation>Guarde primero una versión: solo existe el borrador de trabajo para comparar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="594" />
            <location filename="../bescapp/ui/communique/view.py" line="610" />
            <location filename="../bescapp/ui/communique/view.py" line="614" />
            <source>Import counterpart's draft</source>
            <translation>Importar borrador de la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="615" />
            <source>Keep their text as a new version, “%1”? The working draft does not change.</source>
            <translation>¿Guardar su texto como una nueva versión, “%1”? El borrador de trabajo no cambia.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="635" />
            <source>Their proposal</source>
            <translation>Su propuesta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="636" />
            <source>No proposal of the counterpart yet: import their draft first.</source>
            <translation>Aún no hay propuesta de la contraparte: primero importe su borrador.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="685" />
            <source>The communiqué has no paragraphs yet; generate a draft first.</source>
            <translation>El comunicado aún no tiene párrafos; genere primero un borrador.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="689" />
            <location filename="../bescapp/ui/communique/view.py" line="692" />
            <location filename="../bescapp/ui/communique/view.py" line="705" />
            <location filename="../bescapp/ui/communique/view.py" line="707" />
            <source>Export communiqué</source>
            <translation>Exportar comunicado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="595" />
            <location filename="../bescapp/ui/communique/view.py" line="693" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/view.py" line="708" />
            <source>Wrote %1. Open it now?</source>
            <translation>Se guardó %1. ¿Desea abrirlo ahora?</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="112" />
            <source>Delete version</source>
            <translation>Eliminar versión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="113" />
            <source>Delete version %1? Undo (Ctrl+Z) in the window restores it.</source>
            <translation>¿Eliminar la versión %1? Deshacer (Ctrl+Z) en la ventana la restaura.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="129" />
            <source>Working draft</source>
            <translation>Borrador de trabajo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="130" />
            <source>%1. %2 (%3)</source>
            <translation>%1. %2 (%3)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="134" />
            <source>Compare versions</source>
            <translation>Comparar versiones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="135" />
            <source>Older version:</source>
            <translation>Versión anterior:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="136" />
            <source>&amp;Delete this version…</source>
            <translation>&amp;Eliminar esta versión…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="137" />
            <source>Newer version:</source>
            <translation>Versión posterior:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="138" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="139" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/compare.py" line="140" />
            <source>&lt;span style="%1"&gt;inserted&lt;/span&gt; · &lt;span style="%2"&gt;deleted&lt;/span&gt;</source>
            <translation>&lt;span style="%1"&gt;agregado&lt;/span&gt; · &lt;span style="%2"&gt;eliminado&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>Conformity</name>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="36" />
            <source>Conformity: not checked</source>
            <translation>Concordancia: sin comprobar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="38" />
            <source>Conformity: checked by %1, %2</source>
            <translation>Concordancia: comprobada por %1, %2</translation>
        </message>
    </context>
    <context>
        <name>ConformityDialog</name>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="85" />
            <source>Conformity of paragraph %1</source>
            <translation>Concordancia del párrafo %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="87" />
            <source>Do the English and Spanish texts of paragraph %1 say the same? Conformity is what the final communiqué needs, with every paragraph agreed; editing either text clears it.</source>
            <translation>¿Dicen lo mismo los textos en inglés y en español del párrafo %1? El comunicado definitivo necesita la concordancia, con todos los párrafos acordados; editar cualquiera de los dos textos la quita.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="91" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="92" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="93" />
            <source>Paragraph %1, in English</source>
            <translation>Párrafo %1, en inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="95" />
            <source>Paragraph %1, in Spanish</source>
            <translation>Párrafo %1, en español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="97" />
            <source>Checked &amp;by:</source>
            <translation>Comprobada &amp;por:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="98" />
            <source>Conf&amp;orming</source>
            <translation>C&amp;oncordante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="99" />
            <source>&amp;Not checked</source>
            <translation>&amp;Sin comprobar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="100" />
            <source>The two texts say the same, checked by the name given, now</source>
            <translation>Los dos textos dicen lo mismo, según la persona indicada, ahora</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/conformity.py" line="102" />
            <source>Clear the conformity: the texts need checking again</source>
            <translation>Quitar la concordancia: hay que volver a comprobar los textos</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../bescapp/app.py" line="35" />
            <source>%1 is not a bescapp database.</source>
            <translation>%1 no es una base de datos de bescapp.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="37" />
            <source>%1 is damaged: it failed its integrity check.</source>
            <translation>%1 está dañado: no pasó la verificación de integridad.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="39" />
            <source>%1 was written by a newer version of bescapp. Update bescapp to open it.</source>
            <translation>%1 fue escrito por una versión más reciente de bescapp. Actualice bescapp para abrirlo.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="41" />
            <source>%1 is a database of another program, not bescapp.</source>
            <translation>%1 es una base de datos de otro programa, no de bescapp.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="43" />
            <source>%1 cannot be read.</source>
            <translation>No se puede leer %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="44" />
            <source>%1 is empty (zero bytes): it is not a bescapp database. Use File ▸ New database to make one.</source>
            <translation>%1 está vacío (cero bytes): no es una base de datos de bescapp. Use Archivo ▸ Nueva base de datos para crear una.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="47" />
            <source>%1 is in use by another program. Try again in a moment.</source>
            <translation>%1 está en uso por otro programa. Inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="49" />
            <source>%1 is read-only: its file or folder cannot be written.</source>
            <translation>%1 es de solo lectura: no se puede escribir en su archivo ni en su carpeta.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="51" />
            <source>%1: your account on the server may only read this database.</source>
            <translation>%1: su cuenta en el servidor solo puede consultar esta base de datos.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="53" />
            <source>%1 is read-only, and this version of bescapp must upgrade it before using it. Copy it to a folder you can write to and open the copy.</source>
            <translation>%1 es de solo lectura, y esta versión de bescapp debe actualizarlo antes de usarlo. Cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="56" />
            <source>%1 is on a PostgreSQL server, and this installation of bescapp cannot reach servers. Install it with its server part: pip install "bescapp[server]".</source>
            <translation>%1 está en un servidor PostgreSQL, y esta instalación de bescapp no puede conectarse a servidores. Instálela con su parte de servidor: pip install "bescapp[server]".</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="59" />
            <source>%1 cannot be reached. The server says: %2</source>
            <translation>No es posible conectarse a %1. El servidor responde: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="61" />
            <source>%1 needs a password, or the password given was not accepted.</source>
            <translation>%1 requiere una contraseña, o no se aceptó la contraseña proporcionada.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="63" />
            <source>%1 already holds a database of its own (%2). A copy goes only into an empty database.</source>
            <translation>%1 ya contiene una base de datos propia (%2). Solo se copia a una base de datos vacía.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="69" />
            <source>Nothing on the server has been changed.</source>
            <translation>No se modificó nada en el servidor.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="71" />
            <source>The file has not been changed.</source>
            <translation>El archivo no se ha modificado.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCommands</name>
        <message>
            <location filename="../bescapp/ui/database/commands.py" line="20" />
            <source>Change database settings</source>
            <translation>Cambiar la configuración de la base de datos</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSettingsDialog</name>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="103" />
            <source>Database settings</source>
            <translation>Configuración de la base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="104" />
            <source>Our &amp;side:</source>
            <translation>Nuestra &amp;Parte:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="104" />
            <source>&amp;Committee (English):</source>
            <translation>&amp;Comité (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="105" />
            <source>Committee (S&amp;panish):</source>
            <translation>Comité (&amp;español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="105" />
            <source>&amp;Acronym (English, Spanish):</source>
            <translation>&amp;Siglas (inglés, español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="106" />
            <source>Handling &amp;marking (English, Spanish):</source>
            <translation>&amp;Marca de manejo (inglés, español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="107" />
            <source>&amp;Time in Spanish documents:</source>
            <translation>&amp;Hora en los documentos en español:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="108" />
            <source>Our key's fingerprint:</source>
            <translation>Huella digital de nuestra clave:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="108" />
            <source>Their key's fingerprint:</source>
            <translation>Huella digital de su clave:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="114" />
            <source>Our briefing book, the default language of our documents and the handling marking of our papers follow our side.</source>
            <translation>Nuestra carpeta informativa, el idioma predeterminado de nuestros documentos y la marca de manejo de nuestros papeles siguen a nuestra Parte.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="117" />
            <source>12-hour clock (%1)</source>
            <translation>Reloj de 12 horas (%1)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="117" />
            <source>24-hour clock (%1)</source>
            <translation>Reloj de 24 horas (%1)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="122" />
            <source>none yet: trusted with their first package</source>
            <translation>ninguna aún: se registra con su primer paquete</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="124" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="126" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="127" />
            <source>Acronym</source>
            <translation>Siglas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="128" />
            <source>Handling marking</source>
            <translation>Marca de manejo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="177" />
            <source>Give the committee's name in English and in Spanish.</source>
            <translation>Escriba el nombre del comité en inglés y en español.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="179" />
            <source>Give the committee's name in Spanish too.</source>
            <translation>Escriba también el nombre del comité en español.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="180" />
            <source>Give the committee's name in English too.</source>
            <translation>Escriba también el nombre del comité en inglés.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="191" />
            <source>Change our side</source>
            <translation>Cambiar nuestra Parte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/settings_dialog.py" line="192" />
            <source>Change our side to %1?

Our briefing book, the default language of our documents and the handling marking follow our side. Documents already exported do not change.</source>
            <translation>¿Cambiar nuestra Parte a %1?

Nuestra carpeta informativa, el idioma predeterminado de nuestros documentos y la marca de manejo siguen a nuestra Parte. Los documentos ya exportados no cambian.</translation>
        </message>
    </context>
    <context>
        <name>DelegationCommands</name>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="29" />
            <source>Add member</source>
            <translation>Agregar integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="73" />
            <source>Edit member</source>
            <translation>Editar integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="94" />
            <source>Change precedence</source>
            <translation>Cambiar precedencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="112" />
            <source>Remove member</source>
            <translation>Quitar integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="134" />
            <source>New agency</source>
            <translation>Nueva dependencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="136" />
            <source>Edit agency</source>
            <translation>Editar dependencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="159" />
            <source>Delete agency</source>
            <translation>Eliminar dependencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="168" />
            <source>Import delegation list</source>
            <translation>Importar lista de delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/commands.py" line="187" />
            <source>Copy delegation lists</source>
            <translation>Copiar listas de las delegaciones</translation>
        </message>
    </context>
    <context>
        <name>DelegationListModel</name>
        <message>
            <location filename="../bescapp/ui/delegations/model.py" line="85" />
            <source>No.</source>
            <translation>Núm.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/model.py" line="85" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/model.py" line="85" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/model.py" line="85" />
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/model.py" line="86" />
            <source>Agency</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/model.py" line="86" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/model.py" line="114" />
            <source>Sample person (demo data)</source>
            <translation>Persona de ejemplo (datos de demostración)</translation>
        </message>
    </context>
    <context>
        <name>DelegationsWorkspace</name>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="211" />
            <source>Delegations</source>
            <translation>Delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="212" />
            <source>&amp;Add member…</source>
            <translation>A&amp;gregar integrante…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="214" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="220" />
            <source>Earlier in protocol order (Ctrl+Up)</source>
            <translation>Antes en el orden protocolario (Ctrl+Arriba)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="221" />
            <source>Later in protocol order (Ctrl+Down)</source>
            <translation>Después en el orden protocolario (Ctrl+Abajo)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="232" />
            <source>A&amp;gencies…</source>
            <translation>De&amp;pendencias…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="239" />
            <source>&amp;Import list…</source>
            <translation>&amp;Importar lista…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="240" />
            <source>&amp;Copy lists from…</source>
            <translation>&amp;Copiar listas de…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="241" />
            <source>Start this meeting's lists from an earlier meeting's</source>
            <translation>Comenzar las listas de esta reunión con las de una reunión anterior</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="242" />
            <source>E&amp;xport lists…</source>
            <translation>E&amp;xportar listas…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="243" />
            <source>Choose the current meeting in Meetings to see its delegation lists.</source>
            <translation>Elija la reunión actual en Reuniones para ver sus listas de delegación.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="257" />
            <source>%1 (members: %2)</source>
            <translation>%1 (integrantes: %2)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="259" />
            <source>host</source>
            <translation>anfitrión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="316" />
            <source>Copy delegation lists</source>
            <translation>Copiar listas de las delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="319" />
            <source>No earlier meeting has delegation lists to copy.</source>
            <translation>Ninguna reunión anterior tiene listas de delegación que copiar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="317" />
            <source>Add the people on both lists of (in their protocol order, with their titles then; attendance to confirm; no internal notes):</source>
            <translation>Agregar a las personas de ambas listas de (en su orden protocolario, con sus cargos de entonces; asistencia por confirmar; sin notas internas):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="205" />
            <source>Vie&amp;w…</source>
            <translation>Ve&amp;r…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="205" />
            <source>The member's details (the database is read-only: nothing can be changed)</source>
            <translation>Los datos del integrante (la base de datos es de solo lectura: no se puede cambiar nada)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="204" />
            <source>E&amp;dit…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="215" />
            <source>Pho&amp;to…</source>
            <translation>F&amp;otografía…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="216" />
            <source>The person's photo beside the biography in the briefing book</source>
            <translation>La fotografía de la persona junto a su semblanza en la carpeta informativa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="222" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="223" />
            <source>Earlier in protocol order</source>
            <translation>Antes en el orden protocolario</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="223" />
            <source>Later in protocol order</source>
            <translation>Después en el orden protocolario</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="224" />
            <source>Remove the selected member</source>
            <translation>Quitar al integrante seleccionado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="224" />
            <source>Edit the selected member</source>
            <translation>Editar al integrante seleccionado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="227" />
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="229" />
            <source>Delegation list: %1</source>
            <translation>Lista de la delegación: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="230" />
            <source>In protocol order; Enter edits the selected member, Ctrl+Up and Ctrl+Down move them, Delete removes them</source>
            <translation>En orden protocolario; Intro edita al integrante seleccionado, Ctrl+Arriba y Ctrl+Abajo lo mueven, Supr lo quita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="233" />
            <source>The agencies' names and acronyms, in both languages</source>
            <translation>Los nombres y las siglas de las dependencias, en ambos idiomas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="236" />
            <source>Read a delegation list from an Excel or CSV file; a preview shows what will change</source>
            <translation>Lee una lista de delegación de un archivo de Excel o CSV; una vista previa muestra lo que cambiará</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="238" />
            <source>The delegation lists or a contact sheet as a Word document</source>
            <translation>Las listas de las delegaciones o un directorio como documento de Word</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="358" />
            <location filename="../bescapp/ui/delegations/view.py" line="361" />
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="379" />
            <source>Add member to the %1 list</source>
            <translation>Agregar integrante a la lista de %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="430" />
            <source>Member details</source>
            <translation>Datos del integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="467" />
            <source>Remove member</source>
            <translation>Quitar integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="468" />
            <source>Remove %1 from this list? The person stays on file for other meetings. You can undo this with Edit ▸ Undo.</source>
            <translation>¿Quitar a %1 de esta lista? La persona se conserva en el registro para otras reuniones. Puede deshacerlo con Edición ▸ Deshacer.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="547" />
            <source>Import list</source>
            <translation>Importar lista</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="547" />
            <source>Whose list is it?</source>
            <translation>¿De qué parte es la lista?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="553" />
            <source>Import delegation list</source>
            <translation>Importar lista de delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="554" />
            <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
            <translation>Hojas de cálculo (*.xlsx *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="561" />
            <source>Cannot import %1</source>
            <translation>No se puede importar %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="581" />
            <source>Export delegation lists</source>
            <translation>Exportar listas de delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="582" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="594" />
            <source>Not exported</source>
            <translation>No se exportó</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="597" />
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/view.py" line="598" />
            <source>Wrote %1. Open it now?</source>
            <translation>Se escribió %1. ¿Desea abrirlo ahora?</translation>
        </message>
    </context>
    <context>
        <name>ExportChoices</name>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="36" />
            <source>Export communiqué</source>
            <translation>Exportar comunicado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="37" />
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="38" />
            <source>Copy:</source>
            <translation>Ejemplar:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="39" />
            <source>Clean final text (every paragraph agreed and conforming)</source>
            <translation>Texto definitivo limpio (todos los párrafos acordados y concordantes)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="42" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="43" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="44" />
            <source>Bilingual (side by side)</source>
            <translation>Bilingüe (lado a lado)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="46" />
            <source>U.S. copy (United States named first)</source>
            <translation>Ejemplar de los Estados Unidos (Estados Unidos primero)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="47" />
            <source>Mexican copy (Mexico named first)</source>
            <translation>Ejemplar de México (México primero)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="49" />
            <source>Tracked changes from:</source>
            <translation>Control de cambios desde:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="51" />
            <source>None (the text as it stands)</source>
            <translation>Ninguno (el texto tal como está)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/export_dialog.py" line="53" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../bescapp/ui/delegations/export_dialog.py" line="40" />
            <source>Export delegation lists</source>
            <translation>Exportar listas de delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/export_dialog.py" line="41" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/export_dialog.py" line="42" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/export_dialog.py" line="42" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/export_dialog.py" line="43" />
            <source>Bilingual (side by side)</source>
            <translation>Bilingüe (lado a lado)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/export_dialog.py" line="45" />
            <source>&amp;Contact sheet (with e-mail addresses and phone numbers)</source>
            <translation>&amp;Directorio (con correos electrónicos y teléfonos)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/export_dialog.py" line="46" />
            <source>The lists are shareable: without a contact sheet they carry no phone numbers, e-mail addresses or internal notes.</source>
            <translation>Las listas se pueden compartir: sin directorio no llevan teléfonos, correos electrónicos ni notas internas.</translation>
        </message>
    </context>
    <context>
        <name>ExportWording</name>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="29" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="30" />
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="31" />
            <source>objective</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="32" />
            <source>talking points</source>
            <translation>puntos de conversación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="33" />
            <source>background</source>
            <translation>antecedentes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="34" />
            <source>desired outcome</source>
            <translation>resultado esperado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="35" />
            <source>counterpart's likely position</source>
            <translation>posición probable de la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="36" />
            <source>if asked</source>
            <translation>si preguntan</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="37" />
            <source>biography</source>
            <translation>semblanza</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="38" />
            <source>internal notes</source>
            <translation>notas internas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="39" />
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="46" />
            <source>Scene-setter</source>
            <translation>Panorama general</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="47" />
            <source>Our objectives</source>
            <translation>Nuestros objetivos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="48" />
            <source>Counterpart's likely asks</source>
            <translation>Probables planteamientos de la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="49" />
            <source>Desired outcomes</source>
            <translation>Resultados esperados</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="50" />
            <source>Press guidance</source>
            <translation>Líneas de prensa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="51" />
            <source>If asked</source>
            <translation>Si preguntan</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="56" />
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="56" />
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="63" />
            <source>schedule at a glance</source>
            <translation>programa general</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="64" />
            <source>delegation lists</source>
            <translation>listas de las delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="65" />
            <source>action-plan status report</source>
            <translation>informe de avance de los planes de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="72" />
            <source>empty file</source>
            <translation>archivo vacío</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="73" />
            <source>missing</source>
            <translation>no existe</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="74" />
            <source>a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="75" />
            <source>cannot be read</source>
            <translation>no puede leerse</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="76" />
            <source>not a Word document</source>
            <translation>no es un documento de Word</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="77" />
            <source>unsafe content</source>
            <translation>contenido inseguro</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="78" />
            <source>links to outside files</source>
            <translation>vincula archivos externos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="79" />
            <source>larger than %1 MB</source>
            <translation>mayor de %1 MB</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="81" />
            <source>larger than %1 MB unpacked</source>
            <translation>mayor de %1 MB al descomprimirse</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="84" />
            <source>more than %1 paragraphs</source>
            <translation>más de %1 párrafos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="87" />
            <source>more than %1 parts</source>
            <translation>más de %1 partes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="89" />
            <source>a document with macros (.docm)</source>
            <translation>un documento con macros (.docm)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="91" />
            <source>a Word template (.dotx)</source>
            <translation>una plantilla de Word (.dotx)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="92" />
            <source>damaged</source>
            <translation>dañado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="93" />
            <source>open it in Word and save it again</source>
            <translation>ábralo en Word y guárdelo de nuevo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="100" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="101" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="102" />
            <source>Delegations</source>
            <translation>Delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="103" />
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="104" />
            <source>Communiqué</source>
            <translation>Comunicado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="105" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="116" />
            <source>%1: the %2 has no %3 text.</source>
            <translation>%1: el campo «%2» no tiene texto en %3.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="123" />
            <source>%1 (briefing): written in %2 only; there is no %3 text.</source>
            <translation>%1 (carpeta informativa): solo hay texto en %2; falta el texto en %3.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="129" />
            <source>%1: no one leads this item.</source>
            <translation>%1: el tema no tiene ponente.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="132" />
            <source>%1: %2 leads this item but declined to attend; the joint agenda leaves the name out.</source>
            <translation>%1: %2 es ponente del tema pero declinó asistir; el orden del día conjunto omite su nombre.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="138" />
            <source>%1: no talking points.</source>
            <translation>%1: no tiene puntos de conversación.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="141" />
            <source>Day %1: %2 ends %3 after the end of the day.</source>
            <translation>Día %1: %2 termina %3 después del fin de la jornada.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="186" />
            <source>%1: %2 left empty before its fixed start.</source>
            <translation>%1: quedan %2 sin ocupar antes de su hora fija de inicio.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="192" />
            <source>%1: its fixed start overlaps the entry before it by %2.</source>
            <translation>%1: su hora fija de inicio se traslapa %2 con el punto anterior.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="147" />
            <source>%1: no biography.</source>
            <translation>%1: no tiene semblanza.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="150" />
            <source>Communiqué paragraph %1 is not agreed yet: %2</source>
            <translation>El párrafo %1 del comunicado aún no está acordado: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="156" />
            <source>Communiqué paragraph %1 is marked agreed but still holds bracketed text: %2</source>
            <translation>El párrafo %1 del comunicado está marcado como acordado pero aún tiene texto entre corchetes: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="163" />
            <source>Communiqué paragraph %1 is agreed, but nobody has checked that its English and Spanish texts say the same (conformity): %2</source>
            <translation>El párrafo %1 del comunicado está acordado, pero nadie ha comprobado que sus textos en inglés y en español digan lo mismo (concordancia): %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="170" />
            <source>%1: the %2 (%3) names the previous plenary, “%4”.</source>
            <translation>%1: el campo «%2» (%3) menciona la reunión plenaria anterior, «%4».</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="178" />
            <source>Communiqué paragraph %1 (%2) names the previous plenary, “%3”.</source>
            <translation>El párrafo %1 del comunicado (%2) menciona la reunión plenaria anterior, «%3».</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="199" />
            <source>The meeting's city has no Spanish name: the Spanish documents will use the English name “%1”.</source>
            <translation>La ciudad de la reunión no tiene nombre en español: los documentos en español usarán el nombre en inglés «%1».</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="202" />
            <source>The meeting's city has no English name: the English documents will use the Spanish name “%1”.</source>
            <translation>La ciudad de la reunión no tiene nombre en inglés: los documentos en inglés usarán el nombre en español «%1».</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="207" />
            <source>%1: the background paper %2 cannot be included (%3).</source>
            <translation>%1: el documento de antecedentes %2 no puede incluirse (%3).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="214" />
            <source>%1: the background paper %2 cannot be merged into the briefing book (%3) and will be left out.</source>
            <translation>%1: el documento de antecedentes %2 no puede integrarse a la carpeta informativa (%3) y se omitirá.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="221" />
            <source>The %1 is not available in this version and will be left out.</source>
            <translation>La sección «%1» no está disponible en esta versión y se omitirá.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="229" />
            <source>Checking…</source>
            <translation>Revisando…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="230" />
            <source>Writing the cover…</source>
            <translation>Escribiendo la portada…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="231" />
            <source>Writing the schedule…</source>
            <translation>Escribiendo el programa…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="232" />
            <source>Writing the agenda items…</source>
            <translation>Escribiendo los temas del orden del día…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="233" />
            <source>Writing the delegation lists…</source>
            <translation>Escribiendo las listas de las delegaciones…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="234" />
            <source>Writing the status report…</source>
            <translation>Escribiendo el informe de avance…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="235" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="236" />
            <source>Writing the PDF through LibreOffice…</source>
            <translation>Escribiendo el PDF con LibreOffice…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="237" />
            <source>Done.</source>
            <translation>Listo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="245" />
            <source>The template %1 does not exist.</source>
            <translation>La plantilla %1 no existe.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="246" />
            <source>The template %1 is a folder, not a Word document.</source>
            <translation>La plantilla %1 es una carpeta, no un documento de Word.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="247" />
            <source>The template %1 cannot be read (%2).</source>
            <translation>La plantilla %1 no puede leerse (%2).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="248" />
            <source>The template %1 is larger than %3 MB.</source>
            <translation>La plantilla %1 pesa más de %3 MB.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="250" />
            <source>The template %1 was refused: unpacked, it would be larger than %3 MB.</source>
            <translation>Se rechazó la plantilla %1: al descomprimirse ocuparía más de %3 MB.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="253" />
            <source>The template %1 was refused: it has more than %3 paragraphs.</source>
            <translation>Se rechazó la plantilla %1: tiene más de %3 párrafos.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="256" />
            <source>The template %1 was refused: it holds more than %3 parts.</source>
            <translation>Se rechazó la plantilla %1: contiene más de %3 partes.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="259" />
            <source>%1 is not a Word document (.docx).</source>
            <translation>%1 no es un documento de Word (.docx).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="260" />
            <source>The template %1 is damaged and cannot be read (%2).</source>
            <translation>La plantilla %1 está dañada y no puede leerse (%2).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="261" />
            <source>%1 is not a Word document: it has no %2 part.</source>
            <translation>%1 no es un documento de Word: no tiene la parte %2.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="262" />
            <source>The template %1 was refused: its part %2 declares a DOCTYPE or entities, which could make Word or bescapp fetch other files.</source>
            <translation>Se rechazó la plantilla %1: su parte %2 declara un DOCTYPE o entidades, con las que Word o bescapp podrían leer otros archivos.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="267" />
            <source>The template %1 was refused: its part %2 is not written in UTF-8 or UTF-16.</source>
            <translation>Se rechazó la plantilla %1: su parte %2 no está escrita en UTF-8 ni en UTF-16.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="271" />
            <source>%1 is a Word document with macros (.docm); save it in Word as a Word document (.docx) without macros.</source>
            <translation>%1 es un documento de Word con macros (.docm); guárdelo en Word como documento de Word (.docx) sin macros.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="276" />
            <source>%1 is a Word template (.dotx); open it in Word and save it as a Word document (.docx).</source>
            <translation>%1 es una plantilla de Word (.dotx); ábrala en Word y guárdela como documento de Word (.docx).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="280" />
            <source>The template %1 was refused: it links to an outside file or address (%2), which Word would fetch on opening.</source>
            <translation>Se rechazó la plantilla %1: vincula un archivo o dirección externos (%2), que Word consultaría al abrirla.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="285" />
            <source>The template %1 was refused: it has a field that fetches or runs something when Word updates it (%2).</source>
            <translation>Se rechazó la plantilla %1: tiene un campo que, al actualizarlo Word, consulta o ejecuta algo externo (%2).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="300" />
            <source>%1 was not attached: %2.</source>
            <translation>No se adjuntó %1: %2.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="308" />
            <source>the folder does not exist</source>
            <translation>la carpeta no existe</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="309" />
            <source>a Word document's name must end in .docx</source>
            <translation>el nombre de un documento de Word debe terminar en .docx</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="310" />
            <source>it is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="311" />
            <source>it is a symbolic link, and bescapp does not replace links</source>
            <translation>es un enlace simbólico, y bescapp no reemplaza enlaces</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="313" />
            <source>the file there is not a Word document, so bescapp will not replace it</source>
            <translation>el archivo que está ahí no es un documento de Word, así que bescapp no lo reemplaza</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="315" />
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="316" />
            <source>the file name is too long for this disk</source>
            <translation>el nombre del archivo es demasiado largo para este disco</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="317" />
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="328" />
            <source>The briefing book was not written: the pre-flight list has %1 entries and “Refuse while the pre-flight list has entries” is on.</source>
            <translation>No se escribió la carpeta informativa: la revisión previa tiene %1 pendientes y la opción «No exportar mientras la revisión previa tenga pendientes» está activada.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="335" />
            <source>%1 could not be written: %2. Any earlier file there is unchanged.</source>
            <translation>No se pudo escribir %1: %2. Cualquier archivo anterior en esa ubicación quedó intacto.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="340" />
            <source>Not exported: %1</source>
            <translation>No se exportó: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="347" />
            <source>This document cannot be exported in this version.</source>
            <translation>Este documento no puede exportarse en esta versión.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/wording.py" line="348" />
            <source>The export failed unexpectedly: %1</source>
            <translation>La exportación falló de forma inesperada: %1</translation>
        </message>
    </context>
    <context>
        <name>ExportWorkspace</name>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="228" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="229" />
            <source>Briefing book (internal)</source>
            <translation>Carpeta informativa (interna)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="229" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="230" />
            <source>Delegation lists</source>
            <translation>Listas de las delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="230" />
            <source>Action-plan status report</source>
            <translation>Informe de avance de los planes de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="231" />
            <source>Joint communiqué</source>
            <translation>Comunicado conjunto</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="234" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="234" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="235" />
            <source>English and Spanish, side by side</source>
            <translation>Inglés y español, lado a lado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="238" />
            <source>United States copy (United States named first)</source>
            <translation>Ejemplar de Estados Unidos (Estados Unidos se nombra primero)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="239" />
            <source>Mexican copy (Mexico named first)</source>
            <translation>Ejemplar de México (México se nombra primero)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="240" />
            <source>&amp;Document:</source>
            <translation>&amp;Documento:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="242" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="244" />
            <source>Handling &amp;marking:</source>
            <translation>&amp;Marca de manejo:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="246" />
            <source>Word &amp;template:</source>
            <translation>&amp;Plantilla de Word:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="248" />
            <source>Pre-flight:</source>
            <translation>Revisión previa:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="249" />
            <source>Pa&amp;rt:</source>
            <translation>Par&amp;te:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="252" />
            <source>Contact details:</source>
            <translation>Datos de contacto:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="253" />
            <source>Internal notes:</source>
            <translation>Notas internas:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="254" />
            <source>&amp;Copy:</source>
            <translation>&amp;Ejemplar:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="256" />
            <source>Final text:</source>
            <translation>Texto final:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="257" />
            <source>PDF:</source>
            <translation>PDF:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="258" />
            <source>Tracked changes from:</source>
            <translation>Control de cambios desde:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="260" />
            <source>&amp;Save as:</source>
            <translation>&amp;Guardar como:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="262" />
            <source>The meeting's marking</source>
            <translation>La marca de la reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="263" />
            <source>bescapp's own styles</source>
            <translation>Los estilos propios de bescapp</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="265" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="266" />
            <source>Refuse while the pre-flight list has entries</source>
            <translation>No exportar mientras la revisión previa tenga pendientes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="267" />
            <source>Pre-flight list</source>
            <translation>Lista de revisión previa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="268" />
            <source>What to fix before the document goes out; Enter goes to the place that fixes it</source>
            <translation>Lo que debe corregirse antes de que salga el documento; Intro lleva al lugar donde se corrige</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="269" />
            <source>Include e-mail addresses and phone numbers</source>
            <translation>Incluir correos electrónicos y teléfonos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="270" />
            <source>Include internal notes (not for sharing)</source>
            <translation>Incluir notas internas (no para compartir)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="272" />
            <source>Also write a &amp;PDF beside it (through LibreOffice)</source>
            <translation>Escribir tam&amp;bién un PDF junto a él (con LibreOffice)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="273" />
            <source>Draft marking:</source>
            <translation>Leyenda de proyecto:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="274" />
            <source>Final (no draft marking)</source>
            <translation>Versión final (sin la leyenda de proyecto)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="275" />
            <source>Without it the document says “DRAFT — NOT FOR DISTRIBUTION” and the day it was exported.</source>
            <translation>Si no se marca, el documento dice «PROYECTO — NO DIFUNDIR» y la fecha en que se exportó.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="277" />
            <source>Check &amp;again</source>
            <translation>&amp;Revisar de nuevo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="282" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="282" />
            <source>What to check</source>
            <translation>Qué revisar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="294" />
            <source>The whole book</source>
            <translation>La carpeta completa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="295" />
            <source>Contents only: a checklist for clearing</source>
            <translation>Solo el índice: lista de verificación para el visto bueno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="306" />
            <source>Session %1 only: %2</source>
            <translation>Solo la sesión %1: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="359" />
            <source>None (the text as it stands)</source>
            <translation>Ninguno (el texto tal como está)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="361" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="403" />
            <source>Choose a Word template</source>
            <translation>Elija una plantilla de Word</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="405" />
            <location filename="../bescapp/ui/export/view.py" line="412" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="410" />
            <source>Save the document as</source>
            <translation>Guardar el documento como</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="423" />
            <source>No current meeting</source>
            <translation>No hay reunión actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="487" />
            <location filename="../bescapp/ui/export/view.py" line="505" />
            <source>Choose a meeting in Meetings first.</source>
            <translation>Primero elija una reunión en Reuniones.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="490" />
            <source>Pre-flight: %1 things to check before exporting (double-click one to go and fix it).</source>
            <translation>Revisión previa: %1 pendientes antes de exportar (haga doble clic en uno para ir a corregirlo).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="493" />
            <source>Pre-flight: nothing to check.</source>
            <translation>Revisión previa: nada pendiente.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="504" />
            <source>Nothing to export</source>
            <translation>Nada que exportar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="558" />
            <source>Replace the file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="559" />
            <source>%1 already exists. Replace it with this export?</source>
            <translation>%1 ya existe. ¿Reemplazarlo con esta exportación?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="580" />
            <source>%1 and %2 were written.

Open the PDF now?</source>
            <translation>Se escribieron %1 y %2.

¿Abrir el PDF ahora?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="583" />
            <source>%1 was written.

%2

Open the Word file now?</source>
            <translation>Se escribió %1.

%2

¿Abrir el archivo de Word ahora?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="588" />
            <source>Export finished</source>
            <translation>Exportación terminada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="586" />
            <source>%1 was written.

Open it now?</source>
            <translation>Se escribió %1.

¿Desea abrirlo ahora?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="264" />
            <source>Ch&amp;oose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="271" />
            <source>Without status marks (every paragraph agreed and conforming)</source>
            <translation>Sin marcas de estado (todos los párrafos acordados y concordantes)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="278" />
            <source>Run the pre-flight checks again</source>
            <translation>Vuelve a ejecutar la revisión previa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="280" />
            <source>A .docx of your own whose styles the document takes; empty: bescapp's own</source>
            <translation>Un .docx propio cuyos estilos toma el documento; vacío: los de bescapp</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="281" />
            <source>E&amp;xport</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/export/view.py" line="598" />
            <source>Not exported</source>
            <translation>No se exportó</translation>
        </message>
    </context>
    <context>
        <name>FileNames</name>
        <message>
            <location filename="../bescapp/ui/labels.py" line="92" />
            <source>agenda</source>
            <translation>orden-del-dia</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="93" />
            <source>delegations</source>
            <translation>delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="94" />
            <source>contacts</source>
            <translation>contactos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="95" />
            <source>status-report</source>
            <translation>informe-de-avance</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="96" />
            <source>briefing-book</source>
            <translation>carpeta-informativa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="97" />
            <source>communique</source>
            <translation>comunicado</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../bescapp/ui/guide.py" line="49" />
            <source>bescapp user guide</source>
            <translation>Guía de uso de bescapp</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/guide.py" line="50" />
            <source>User guide</source>
            <translation>Guía de uso</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="56" />
            <source>Import delegation list</source>
            <translation>Importar lista de delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="57" />
            <source>%1 into the %2 list. Nothing is saved until you choose Import.</source>
            <translation>%1 en la lista de %2. No se guarda nada hasta que elija Importar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="60" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="60" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="61" />
            <source>What will happen</source>
            <translation>Qué sucederá</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="61" />
            <source>Notes</source>
            <translation>Observaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="62" />
            <source>Rows of the file and what will happen to each</source>
            <translation>Filas del archivo y lo que se hará con cada una</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/import_dialog.py" line="83" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../bescapp/ui/labels.py" line="14" />
            <source>Plenary</source>
            <translation>Plenaria</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="15" />
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="17" />
            <source>Arabic (1, 2, 3)</source>
            <translation>Arábiga (1, 2, 3)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="18" />
            <source>Roman (I, II, III)</source>
            <translation>Romana (I, II, III)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="20" />
            <source>United States</source>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="21" />
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="23" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="24" />
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="25" />
            <source>Break</source>
            <translation>Receso</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="26" />
            <source>Meal</source>
            <translation>Comida</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="27" />
            <source>Signing</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="28" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="30" />
            <source>Head of delegation</source>
            <translation>Jefe de delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="31" />
            <source>Co-chair</source>
            <translation>Copresidente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="32" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="33" />
            <source>Advisor</source>
            <translation>Asesor</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="34" />
            <source>Support staff</source>
            <translation>Personal de apoyo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="36" />
            <source>Invited</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="37" />
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="38" />
            <source>Tentative</source>
            <translation>Por confirmar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="39" />
            <source>Declined</source>
            <translation>Declinó</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="41" />
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="42" />
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="43" />
            <source>Invited (virtual)</source>
            <translation>Invitado (virtual)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="44" />
            <source>Confirmed (virtual)</source>
            <translation>Confirmado (virtual)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="45" />
            <source>Tentative (virtual)</source>
            <translation>Por confirmar (virtual)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="47" />
            <source>Not a principal</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="48" />
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="49" />
            <source>Co-host</source>
            <translation>Coanfitrión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="50" />
            <source>Head of the visiting delegation</source>
            <translation>Jefe de la delegación visitante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="52" />
            <source>Not started</source>
            <translation>Sin iniciar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="53" />
            <source>On track</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="54" />
            <source>At risk</source>
            <translation>En riesgo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="55" />
            <source>Delayed</source>
            <translation>Retrasada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="56" />
            <source>Completed</source>
            <translation>Concluida</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="57" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="59" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="60" />
            <source>Bracketed</source>
            <translation>Entre corchetes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="61" />
            <source>Ad referendum</source>
            <translation>Ad referéndum</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="62" />
            <source>Agreed</source>
            <translation>Acordado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="64" />
            <source>Arrival</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="65" />
            <source>Pre-brief</source>
            <translation>Reunión previa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="66" />
            <source>Pull-aside</source>
            <translation>Encuentro breve</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="67" />
            <source>Family photo</source>
            <translation>Fotografía oficial</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="68" />
            <source>Press availability</source>
            <translation>Encuentro con la prensa</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="69" />
            <source>Working lunch</source>
            <translation>Comida de trabajo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="70" />
            <source>Departure</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="72" />
            <source>Drafted by</source>
            <translation>Elaboró</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="73" />
            <source>Cleared by</source>
            <translation>Revisó</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="144" />
            <source>New line of action</source>
            <translation>Nueva línea de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="145" />
            <source>Edit line of action %1</source>
            <translation>Editar la línea de acción %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="146" />
            <location filename="../bescapp/ui/actions/editor.py" line="162" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="147" />
            <location filename="../bescapp/ui/actions/editor.py" line="163" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="148" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="150" />
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="152" />
            <source>Action &amp;plan:</source>
            <translation>&amp;Plan de acción:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="153" />
            <source>&amp;US lead agency:</source>
            <translation>Dependencia responsable de &amp;EUA:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="153" />
            <source>&amp;Mexico lead agency:</source>
            <translation>Dependencia responsable de &amp;México:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="164" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="165" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="166" />
            <source>Internal notes</source>
            <translation>Notas internas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="167" />
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="154" />
            <source>P&amp;rogress:</source>
            <translation>A&amp;vance:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="154" />
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="154" />
            <source>Du&amp;e date:</source>
            <translation>&amp;Fecha límite:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="157" />
            <source>Has a due date</source>
            <translation>Tiene fecha límite</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="158" />
            <source>%1 — change it by recording a status update</source>
            <translation>%1 — se cambia al registrar una actualización de estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/editor.py" line="160" />
            <source>Internal notes — for our delegation only; never in a shareable document</source>
            <translation>Notas internas — solo para nuestra delegación; nunca en un documento para compartir</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="202" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="202" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="202" />
            <source>Line of action</source>
            <translation>Línea de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="203" />
            <source>US lead</source>
            <translation>Resp. EUA</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="203" />
            <source>Mexico lead</source>
            <translation>Resp. México</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="203" />
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="204" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="204" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="204" />
            <source>Last update</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/model.py" line="220" />
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="363" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="363" />
            <source>Delegations</source>
            <translation>Delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="364" />
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="364" />
            <source>Communiqué</source>
            <translation>Comunicado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="364" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="363" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="135" />
            <source>An export is still being written: bescapp closes as soon as it is done.</source>
            <translation>Todavía se está escribiendo una exportación: bescapp se cerrará en cuanto termine.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="296" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="297" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="348" />
            <source>Your account on the server may only read this database. You can read, filter and export; to edit, ask the database's owner to make you an editor (bescapp server init --editor).</source>
            <translation>Su cuenta en el servidor solo puede consultar esta base de datos. Puede consultar, filtrar y exportar; para editar, pida al responsable de la base de datos que le otorgue permisos de edición (bescapp server init --editor).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="353" />
            <source>This database is read-only: its file or its folder cannot be written. You can read, filter and export; to edit, copy the file to a folder you can write to and open the copy.</source>
            <translation>Esta base de datos es de solo lectura: no se puede escribir en su archivo ni en su carpeta. Puede consultar, filtrar y exportar; para editar, copie el archivo a una carpeta en la que pueda escribir y abra la copia.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="356" />
            <source>Read-only: changes cannot be saved</source>
            <translation>Solo lectura: no se pueden guardar cambios</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="367" />
            <source>Workspaces</source>
            <translation>Espacios de trabajo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="368" />
            <source>Ctrl+1 to Ctrl+6 go to a workspace from anywhere</source>
            <translation>Ctrl+1 a Ctrl+6 llevan a un espacio de trabajo desde cualquier lugar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="372" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="373" />
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="374" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="375" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="376" />
            <source>&amp;Connect to server…</source>
            <translation>C&amp;onectarse a un servidor…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="377" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="378" />
            <source>Cop&amp;y this database to a server…</source>
            <translation>Copiar esta base de datos a un ser&amp;vidor…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="379" />
            <source>Database &amp;settings…</source>
            <translation>Con&amp;figuración de la base de datos…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="381" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="382" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="383" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="384" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="385" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="387" />
            <source>&amp;About bescapp</source>
            <translation>&amp;Acerca de bescapp</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="388" />
            <source>User &amp;guide</source>
            <translation>&amp;Guía de uso</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="389" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="422" />
            <source>No current meeting</source>
            <translation>Sin reunión actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="427" />
            <source>bescapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>Bases de datos de bescapp (*.db *.sqlite);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="430" />
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="435" />
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="442" />
            <source>Back up database</source>
            <translation>Copia de seguridad de la base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="454" />
            <source>Database: %1</source>
            <translation>Base de datos: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="455" />
            <source>Database: none open</source>
            <translation>Base de datos: ninguna abierta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="456" />
            <source>Log file: %1</source>
            <translation>Archivo de registro: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="460" />
            <source>About bescapp</source>
            <translation>Acerca de bescapp</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="451" />
            <source>bescapp %1

Prepares the plenary meetings of a bilateral executive steering committee: agenda, delegations, action plans, briefing books and joint communiqués, offline.</source>
            <translation>bescapp %1

Prepara las reuniones plenarias de un comité ejecutivo bilateral: orden del día, delegaciones, planes de acción, carpetas informativas y comunicados conjuntos, sin conexión.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="512" />
            <source>Undone in %1 (not the meeting shown): %2</source>
            <translation>Se deshizo en %1 (no es la reunión que se muestra): %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="513" />
            <source>Redone in %1 (not the meeting shown): %2</source>
            <translation>Se rehízo en %1 (no es la reunión que se muestra): %2</translation>
        </message>
    </context>
    <context>
        <name>MeetingCommands</name>
        <message>
            <location filename="../bescapp/ui/meetings/commands.py" line="22" />
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/commands.py" line="74" />
            <source>New plenary</source>
            <translation>Nueva plenaria</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/commands.py" line="84" />
            <source>Edit meeting</source>
            <translation>Editar reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/commands.py" line="97" />
            <source>Delete meeting</source>
            <translation>Eliminar reunión</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="115" />
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="115" />
            <source>Edit meeting</source>
            <translation>Editar reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="116" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="116" />
            <source>&amp;Number:</source>
            <translation>&amp;Número:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="116" />
            <source>&amp;Starts on:</source>
            <translation>&amp;Inicia el:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="117" />
            <source>&amp;Ends on:</source>
            <translation>Termina &amp;el:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="118" />
            <source>&amp;City (English, Spanish):</source>
            <translation>&amp;Ciudad (inglés, español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="118" />
            <source>&amp;Venue (English, Spanish):</source>
            <translation>&amp;Sede (inglés, español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="119" />
            <source>&amp;Host:</source>
            <translation>&amp;Anfitrión:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="119" />
            <source>Handling &amp;marking:</source>
            <translation>&amp;Marca de manejo:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="117" />
            <source>Day h&amp;ours (start, end):</source>
            <translation>&amp;Horario del día (inicio, fin):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="120" />
            <source>Session num&amp;bering:</source>
            <translation>N&amp;umeración de sesiones:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="124" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="126" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="127" />
            <source>Starts on</source>
            <translation>Inicia el</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="128" />
            <source>Ends on</source>
            <translation>Termina el</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="129" />
            <source>The day starts at</source>
            <translation>La jornada inicia a las</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="130" />
            <source>The day ends at</source>
            <translation>La jornada termina a las</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="131" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="132" />
            <source>Venue</source>
            <translation>Sede</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="133" />
            <source>Handling marking</source>
            <translation>Marca de manejo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="187" />
            <source>The meeting number must be 1 or more.</source>
            <translation>El número de la reunión debe ser 1 o mayor.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="188" />
            <source>The meeting cannot end before it starts.</source>
            <translation>La reunión no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="189" />
            <source>The day must end after it starts.</source>
            <translation>La jornada debe terminar después de empezar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="190" />
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="137" />
            <source>Give the city in English or Spanish.</source>
            <translation>Indique la ciudad en inglés o en español.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="192" />
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="140" />
            <source>There is already a meeting of this kind with this number.</source>
            <translation>Ya existe una reunión de este tipo con este número.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="193" />
            <source>The city is too long (200 characters at most).</source>
            <translation>La ciudad es demasiado larga (200 caracteres como máximo).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="195" />
            <source>The venue is too long (500 characters at most).</source>
            <translation>La sede es demasiado larga (500 caracteres como máximo).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="197" />
            <source>The handling marking is too long (200 characters at most).</source>
            <translation>La marca de manejo es demasiado larga (200 caracteres como máximo).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="199" />
            <source>The city, venue or marking holds characters that cannot be stored; type them again instead of pasting.</source>
            <translation>La ciudad, la sede o la marca contienen caracteres que no se pueden guardar; escríbalos de nuevo en lugar de pegarlos.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="71" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="71" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="71" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="71" />
            <source>Venue</source>
            <translation>Sede</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="72" />
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
    </context>
    <context>
        <name>MeetingsWorkspace</name>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="102" />
            <location filename="../bescapp/ui/meetings/view.py" line="103" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="104" />
            <source>Enter opens the selected meeting as the current one</source>
            <translation>Intro abre la reunión seleccionada como reunión actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="105" />
            <source>Open the selected meeting as the current one</source>
            <translation>Abrir la reunión seleccionada como reunión actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="106" />
            <source>&amp;New meeting…</source>
            <translation>&amp;Nueva reunión…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="125" />
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;itar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="108" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="109" />
            <source>&amp;Open as current meeting</source>
            <translation>Abrir como reunión a&amp;ctual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="111" />
            <source>Make it the meeting every workspace shows and exports (Enter)</source>
            <translation>La convierte en la reunión que muestran y exportan todos los espacios de trabajo (Intro)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="112" />
            <source>Create a meeting (Ctrl+Shift+N)</source>
            <translation>Crear una reunión (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="113" />
            <source>New &amp;plenary from…</source>
            <translation>Nueva &amp;plenaria a partir de…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="115" />
            <source>The next plenary with an earlier meeting's agenda and delegation lists (Ctrl+Shift+P)</source>
            <translation>La siguiente plenaria con el orden del día y las listas de delegación de una reunión anterior (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="126" />
            <source>V&amp;iew…</source>
            <translation>Ve&amp;r…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="126" />
            <source>The meeting's details (the database is read-only: nothing can be changed)</source>
            <translation>Los datos de la reunión (la base de datos es de solo lectura: no se puede cambiar nada)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="214" />
            <source>New plenary from…</source>
            <translation>Nueva plenaria a partir de…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="215" />
            <source>There is no plenary to start from yet.</source>
            <translation>Aún no hay una plenaria de la cual partir.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="244" />
            <source>Meeting details</source>
            <translation>Datos de la reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="263" />
            <source>Delete meeting</source>
            <translation>Eliminar reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="264" />
            <source>Delete the %1 with its agenda, delegations and communiqué?
You can undo this with Edit ▸ Undo.</source>
            <translation>¿Eliminar la %1 con su orden del día, delegaciones y comunicado?
Puede deshacerlo con Edición ▸ Deshacer.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="286" />
            <source>Meeting not saved</source>
            <translation>Reunión no guardada</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="139" />
            <source>Add member</source>
            <translation>Agregar integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="139" />
            <source>Edit member</source>
            <translation>Editar integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="140" />
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="142" />
            <source>New person…</source>
            <translation>Persona nueva…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="143" />
            <source>Honorific:</source>
            <translation>Tratamiento:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="143" />
            <source>&amp;Given names:</source>
            <translation>&amp;Nombre(s):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="143" />
            <source>&amp;First surname:</source>
            <translation>Primer &amp;apellido:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="144" />
            <source>&amp;Second surname:</source>
            <translation>&amp;Segundo apellido:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="144" />
            <source>Current title (English):</source>
            <translation>Cargo actual (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="145" />
            <source>Current title (Spanish):</source>
            <translation>Cargo actual (español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="145" />
            <source>E-mail:</source>
            <translation>Correo electrónico:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="145" />
            <source>Agenc&amp;y:</source>
            <translation>&amp;Dependencia:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="146" />
            <source>Phone:</source>
            <translation>Teléfono:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="146" />
            <source>Notes on the person (English):</source>
            <translation>Notas sobre la persona (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="147" />
            <source>Notes on the person (Spanish):</source>
            <translation>Notas sobre la persona (español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="150" />
            <source>&amp;Role:</source>
            <translation>&amp;Función:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="150" />
            <source>&amp;Attendance:</source>
            <translation>A&amp;sistencia:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="150" />
            <source>Pri&amp;ncipal:</source>
            <translation>Papel p&amp;rotocolario:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="151" />
            <source>Title at this meeting (English):</source>
            <translation>Cargo en esta reunión (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="151" />
            <source>Attendance &amp;mode:</source>
            <translation>&amp;Modalidad:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="152" />
            <source>Title at this meeting (Spanish):</source>
            <translation>Cargo en esta reunión (español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="153" />
            <source>Internal notes (English):</source>
            <translation>Notas internas (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="153" />
            <source>Internal notes (Spanish):</source>
            <translation>Notas internas (español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="156" />
            <source>Biography (English):</source>
            <translation>Semblanza (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="157" />
            <source>Biography (Spanish):</source>
            <translation>Semblanza (español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="158" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="159" />
            <source>At this meeting</source>
            <translation>En esta reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="160" />
            <source>Biography</source>
            <translation>Semblanza</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="161" />
            <source>Member pages</source>
            <translation>Páginas del integrante</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="162" />
            <source>Maternal surname, if any</source>
            <translation>Apellido materno, si lo tiene</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="164" />
            <source>For our delegation only; never exported</source>
            <translation>Solo para nuestra delegación; nunca se exporta</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="241" />
            <source>Enter the given names and the first surname.</source>
            <translation>Escriba el nombre o los nombres y el primer apellido.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="242" />
            <source>A name is too long (200 characters at most).</source>
            <translation>Un nombre es demasiado largo (200 caracteres como máximo).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="243" />
            <source>A title is too long (1,000 characters at most).</source>
            <translation>Un cargo es demasiado largo (1,000 caracteres como máximo).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="245" />
            <source>The e-mail address is not valid.</source>
            <translation>El correo electrónico no es válido.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="246" />
            <source>The phone number is too long.</source>
            <translation>El teléfono es demasiado largo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="247" />
            <source>Choose an honorific from the list.</source>
            <translation>Elija un tratamiento de la lista.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="248" />
            <source>Remove the control characters from the text.</source>
            <translation>Quite los caracteres de control del texto.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="250" />
            <source>The text holds characters that cannot be stored; type it again instead of pasting.</source>
            <translation>El texto contiene caracteres que no se pueden guardar; escríbalo de nuevo en lugar de pegarlo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="252" />
            <source>A name is made only of invisible characters.</source>
            <translation>Un nombre consta solo de caracteres invisibles.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/member_dialog.py" line="254" />
            <source>The biography or the notes are too long (20,000 characters at most).</source>
            <translation>La biografía o las notas son demasiado largas (20,000 caracteres como máximo).</translation>
        </message>
    </context>
    <context>
        <name>NextPlenaryDialog</name>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="95" />
            <source>New plenary from an earlier meeting</source>
            <translation>Nueva plenaria a partir de una reunión anterior</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="97" />
            <source>&amp;From:</source>
            <translation>&amp;A partir de:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="97" />
            <source>&amp;Number:</source>
            <translation>&amp;Número:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="97" />
            <source>&amp;Starts on:</source>
            <translation>&amp;Inicia el:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="98" />
            <source>&amp;City (English, Spanish):</source>
            <translation>&amp;Ciudad (inglés, español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="98" />
            <source>&amp;Host:</source>
            <translation>Anfi&amp;trión:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="100" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="101" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="102" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/next_dialog.py" line="104" />
            <source>The new meeting gets the earlier one's day hours, agenda (titles, descriptions, durations, fixed starts) and both delegation lists in the same order, everyone invited again. Leads, talking points, objectives, background, attachments, internal notes and the communiqué stay with the earlier meeting.</source>
            <translation>La nueva reunión recibe el horario del día de la anterior, su orden del día (títulos, descripciones, duraciones, horas fijas) y ambas listas de delegación en el mismo orden, con todos invitados de nuevo. Los ponentes, los puntos de conversación, los objetivos, los antecedentes, los anexos, las notas internas y el comunicado se quedan con la reunión anterior.</translation>
        </message>
    </context>
    <context>
        <name>PackageActions</name>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="35" />
            <source>Sen&amp;d package…</source>
            <translation>Enviar pa&amp;quete…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="36" />
            <source>Write a signed package of this meeting's joint parts for the other delegation</source>
            <translation>Genera un paquete firmado con las partes conjuntas de esta reunión para la otra delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="38" />
            <source>Open pac&amp;kage…</source>
            <translation>Abrir paquet&amp;e…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="39" />
            <source>Review and take in a package from the other delegation</source>
            <translation>Revisa e incorpora un paquete de la otra delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="43" />
            <source>Meeting packages (*.bescpkg);;All files (*)</source>
            <translation>Paquetes de reunión (*.bescpkg);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="57" />
            <location filename="../bescapp/ui/packages/actions.py" line="60" />
            <location filename="../bescapp/ui/packages/actions.py" line="68" />
            <source>Send package</source>
            <translation>Enviar paquete</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="58" />
            <source>Choose a meeting first (Meetings).</source>
            <translation>Elija primero una reunión (Reuniones).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="69" />
            <source>Include our members' e-mail addresses and phone numbers?</source>
            <translation>¿Incluir los correos electrónicos y teléfonos de nuestros integrantes?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="87" />
            <location filename="../bescapp/ui/packages/actions.py" line="90" />
            <source>Package not written</source>
            <translation>No se guardó el paquete</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="91" />
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="95" />
            <source>Package written</source>
            <translation>Paquete guardado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="96" />
            <source>The package is in %1.

Our key's fingerprint, for the other delegation to check when they open their first package from us:
%2</source>
            <translation>El paquete está en %1.

Huella digital de nuestra clave, para que la otra delegación la verifique al abrir nuestro primer paquete:
%2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="99" />
            <source>Package written to %1.</source>
            <translation>Paquete guardado en %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="106" />
            <source>Open package</source>
            <translation>Abrir paquete</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="121" />
            <location filename="../bescapp/ui/packages/actions.py" line="140" />
            <location filename="../bescapp/ui/packages/actions.py" line="158" />
            <source>Package not opened</source>
            <translation>No se abrió el paquete</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="122" />
            <source>Could not read %1: %2</source>
            <translation>No se pudo leer %1: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="151" />
            <source>Take in package from %1</source>
            <translation>Incorporar paquete de %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="162" />
            <source>Taken in from %1 for the %2: %3 changes.</source>
            <translation>Incorporado de %1 para la %2: %3 cambios.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="164" />
            <source>Package taken in</source>
            <translation>Paquete incorporado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="165" />
            <source>Their communiqué text, if they sent one, is a version of its own (Communiqué ▸ versions). Edit ▸ Undo takes the whole package back out.</source>
            <translation>Su texto del comunicado, si lo enviaron, se guarda como una versión aparte (Comunicado ▸ versiones). Edición ▸ Deshacer retira el paquete completo.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="171" />
            <source>A key we do not know yet</source>
            <translation>Una clave que aún no conocemos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="172" />
            <source>This package is signed by a key this database has never seen:

%1

Read it out with the other delegation over the phone. Trust it only if it is exactly the fingerprint they read to you. Trust this key?</source>
            <translation>Este paquete está firmado con una clave que esta base de datos nunca ha visto:

%1

Cotéjela por teléfono con la otra delegación. Regístrela como confiable solo si coincide exactamente con la huella digital que le dictaron. ¿Registrar esta clave como confiable?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="182" />
            <source>Another key</source>
            <translation>Otra clave</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/actions.py" line="183" />
            <source>This package is signed by another key than the one we trust for the other delegation.

Trusted: %1
This package: %2

If they really changed keys, confirm the new fingerprint with them by phone. Trust the new key in place of the old one?</source>
            <translation>Este paquete está firmado con una clave distinta de la que tenemos registrada para la otra delegación.

Registrada: %1
Este paquete: %2

Si en efecto cambiaron de clave, confirme con ellos la nueva huella digital por teléfono. ¿Registrar la nueva clave en lugar de la anterior?</translation>
        </message>
    </context>
    <context>
        <name>PackageReviewDialog</name>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="78" />
            <source>Review the package</source>
            <translation>Revisar el paquete</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="80" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="80" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="80" />
            <source>Which</source>
            <translation>Cuál</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="80" />
            <source>Ours</source>
            <translation>Nuestro</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="81" />
            <source>Theirs</source>
            <translation>De la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="81" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="83" />
            <source>Package from %1 for the %2, signed by key %3.</source>
            <translation>Paquete de %1 para la %2, firmado con la clave %3.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="86" />
            <source>This database does not hold that meeting: it is created from the package.</source>
            <translation>Esta base de datos no contiene esa reunión: se crea a partir del paquete.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="88" />
            <source>Changes against the last package exchanged: %1.</source>
            <translation>Cambios respecto del último paquete intercambiado: %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="93" />
            <source>Conflicts: %1. Both sides changed the same thing since the last package exchanged (shaded rows). Choose in each one which side's version stays, or for all of them at once:</source>
            <translation>Conflictos: %1. Ambas partes cambiaron lo mismo desde el último paquete intercambiado (filas sombreadas). Elija en cada uno qué versión se queda, o para todos a la vez:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="121" />
            <source>Keep ours</source>
            <translation>Conservar la nuestra</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="121" />
            <source>Take theirs</source>
            <translation>Tomar la de la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="122" />
            <source>Decision on %1</source>
            <translation>Decisión sobre %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="97" />
            <source>Keep &amp;ours in every conflict</source>
            <translation>Conservar la &amp;nuestra en todos los conflictos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="98" />
            <source>Take &amp;theirs in every conflict</source>
            <translation>Tomar la de la &amp;contraparte en todos los conflictos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/packages/review_dialog.py" line="99" />
            <source>&amp;Take in</source>
            <translation>&amp;Incorporar</translation>
        </message>
    </context>
    <context>
        <name>ParagraphPair</name>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="195" />
            <source>Draft: still being written; Bracketed: under negotiation; Ad referendum: agreed subject to approval; Agreed</source>
            <translation>Borrador: aún en redacción; Entre corchetes: en negociación; Ad referéndum: acordado sujeto a aprobación; Acordado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="204" />
            <source>✓ Conforming…</source>
            <translation>✓ Concordante…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="205" />
            <source>Conformity…</source>
            <translation>Concordancia…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="215" />
            <source>Notes: %1</source>
            <translation>Notas: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="217" />
            <source>Their comments: %1</source>
            <translation>Sus comentarios: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="224" />
            <source>Status of paragraph %1</source>
            <translation>Estado del párrafo %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="225" />
            <source>Conformity of paragraph %1</source>
            <translation>Concordancia del párrafo %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/editor.py" line="228" />
            <source>Paragraph %1</source>
            <translation>Párrafo %1</translation>
        </message>
    </context>
    <context>
        <name>PhotoDialog</name>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="67" />
            <source>Photo of %1</source>
            <translation>Fotografía de %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="68" />
            <source>Photo</source>
            <translation>Fotografía</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="70" />
            <source>Printed beside the biography in the briefing book (internal), never in a shareable document. A JPEG or PNG file of up to %1 MB; it is kept small inside the database.</source>
            <translation>Se imprime junto a la semblanza en la carpeta informativa (interna), nunca en un documento para compartir. Un archivo JPEG o PNG de hasta %1 MB; se guarda reducido dentro de la base de datos.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="73" />
            <source>&amp;Choose picture…</source>
            <translation>&amp;Elegir imagen…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="74" />
            <source>&amp;Remove photo</source>
            <translation>&amp;Quitar fotografía</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="81" />
            <source>No photo</source>
            <translation>Sin fotografía</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="90" />
            <source>Choose a photo</source>
            <translation>Elegir una fotografía</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="91" />
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="102" />
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="105" />
            <source>Photo not used</source>
            <translation>No se usó la fotografía</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/delegations/photo_dialog.py" line="106" />
            <source>%1 cannot be read: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="68" />
            <source>New action plan</source>
            <translation>Nuevo plan de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="69" />
            <source>Edit action plan</source>
            <translation>Editar plan de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="70" />
            <source>&amp;Code:</source>
            <translation>&amp;Clave:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="70" />
            <source>Code in Spanish &amp;documents:</source>
            <translation>Clave en los &amp;documentos en español:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="71" />
            <source>Title (&amp;English):</source>
            <translation>Título (&amp;inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="71" />
            <source>Title (&amp;Spanish):</source>
            <translation>Título (&amp;español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="72" />
            <source>Description (English):</source>
            <translation>Descripción (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="72" />
            <source>Description (Spanish):</source>
            <translation>Descripción (español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/plan_dialog.py" line="73" />
            <source>S&amp;tarts on:</source>
            <translation>I&amp;nicia el:</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="30" />
            <source>the same</source>
            <translation>igual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="31" />
            <source>changed</source>
            <translation>modificado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="32" />
            <source>added by them</source>
            <translation>añadido por la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="33" />
            <source>removed by them</source>
            <translation>eliminado por la contraparte</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="34" />
            <source>moved</source>
            <translation>trasladado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="35" />
            <source>split in two</source>
            <translation>dividido en dos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="36" />
            <source>merged</source>
            <translation>fusionado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="98" />
            <source>Their proposal: %1</source>
            <translation>Su propuesta: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="100" />
            <source>Each paragraph of their proposal beside our working draft. Accept theirs into the draft, keep ours, or bracket both as alternatives attributed to each side; each decision is one undo step (Ctrl+Z in the window).</source>
            <translation>Cada párrafo de su propuesta junto a nuestro borrador de trabajo. Acepte el suyo en el borrador, conserve el nuestro o ponga ambos entre corchetes como alternativas atribuidas a cada parte; cada decisión se deshace por separado (Ctrl+Z en la ventana).</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="103" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="104" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="105" />
            <source>&lt;span style="%1"&gt;theirs&lt;/span&gt; · &lt;span style="%2"&gt;ours&lt;/span&gt;</source>
            <translation>&lt;span style="%1"&gt;su texto&lt;/span&gt; · &lt;span style="%2"&gt;nuestro texto&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="108" />
            <source>&amp;Accept theirs</source>
            <translation>&amp;Aceptar el suyo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="109" />
            <source>&amp;Keep ours</source>
            <translation>&amp;Conservar el nuestro</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="110" />
            <source>&amp;Bracket both</source>
            <translation>Poner ambos entre &amp;corchetes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="130" />
            <source>Nothing left to decide: the draft reads as their proposal.</source>
            <translation>No queda nada por decidir: el borrador dice lo mismo que su propuesta.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="139" />
            <source>Ours %1 · theirs %2: %3</source>
            <translation>Nuestro %1 · suyo %2: %3</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="142" />
            <source>(kept ours)</source>
            <translation>(se conservó el nuestro)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/proposal.py" line="155" />
            <source>Their comments: %1</source>
            <translation>Sus comentarios: %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../bescapp/ui/actions/export_dialog.py" line="51" />
            <source>Export status report</source>
            <translation>Exportar informe de avance</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/export_dialog.py" line="52" />
            <source>Document &amp;language:</source>
            <translation>&amp;Idioma del documento:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/export_dialog.py" line="53" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/export_dialog.py" line="53" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/export_dialog.py" line="54" />
            <source>Bilingual (side by side)</source>
            <translation>Bilingüe (lado a lado)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/export_dialog.py" line="56" />
            <source>&amp;Include internal notes (internal document)</source>
            <translation>I&amp;ncluir notas internas (documento interno)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/export_dialog.py" line="60" />
            <source>The document will carry our internal notes: do not share it with the counterpart.</source>
            <translation>El documento llevará nuestras notas internas: no lo comparta con la contraparte.</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="82" />
            <source>Copy this database to a server</source>
            <translation>Copiar esta base de datos a un servidor</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="84" />
            <source>Every meeting, list, plan and communiqué of this database is copied into an empty database on your office's PostgreSQL server, in one step. A server database that already holds anything is left as it is.</source>
            <translation>Cada reunión, lista, plan y comunicado de esta base de datos se copia, en un solo paso, a una base de datos vacía en el servidor PostgreSQL de su oficina. Una base de datos del servidor que ya contenga algo se deja como está.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="88" />
            <source>Connect to server</source>
            <translation>Conectarse a un servidor</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="90" />
            <source>Open the database your office keeps on its PostgreSQL server. An empty database is set up on first use. bescapp remembers the server, never the password.</source>
            <translation>Abra la base de datos que su oficina mantiene en su servidor PostgreSQL. Una base de datos vacía se prepara al usarla por primera vez. bescapp recuerda el servidor, nunca la contraseña.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="94" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="94" />
            <source>&amp;Port:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="94" />
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="95" />
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="95" />
            <source>Pass&amp;word:</source>
            <translation>Contrase&amp;ña:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="97" />
            <source>host name, or the folder of a local socket</source>
            <translation>nombre del equipo, o la carpeta de un socket local</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="98" />
            <source>asked by the server if left empty</source>
            <translation>el servidor la pide si se deja vacía</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="99" />
            <source>Remember the password in the system's keyring</source>
            <translation>Recordar la contraseña en el llavero del sistema</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/server_dialog.py" line="101" />
            <source>Remember the password (no system keyring on this computer)</source>
            <translation>Recordar la contraseña (este equipo no tiene llavero del sistema)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../bescapp/ui/guide.py" line="112" />
            <location filename="../bescapp/ui/guide.py" line="114" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/guide.py" line="113" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/guide.py" line="113" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/guide.py" line="113" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>SideDialog</name>
        <message>
            <location filename="../bescapp/ui/database/side_dialog.py" line="41" />
            <source>Whose database is this?</source>
            <translation>¿De quién es esta base de datos?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/side_dialog.py" line="42" />
            <source>Which delegation do you work for?</source>
            <translation>¿Para qué delegación trabaja usted?</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/database/side_dialog.py" line="44" />
            <source>This database belongs to one delegation. Our briefing book, the default language of our documents and the handling marking of our papers follow this choice. You can change it later in File ▸ Database settings.</source>
            <translation>Esta base de datos pertenece a una delegación. Nuestra carpeta informativa, el idioma predeterminado de nuestros documentos y la marca de manejo de nuestros papeles siguen esta elección. Puede cambiarla después en Archivo ▸ Configuración de la base de datos.</translation>
        </message>
    </context>
    <context>
        <name>StatusSummary</name>
        <message>
            <location filename="../bescapp/ui/actions/summary.py" line="76" />
            <source>Overdue: %1</source>
            <translation>Vencidas: %1</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/summary.py" line="95" />
            <source>No action plans yet.</source>
            <translation>Aún no hay planes de acción.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/summary.py" line="122" />
            <source>%1 (overdue: %2)</source>
            <translation>%1 (vencidas: %2)</translation>
        </message>
    </context>
    <context>
        <name>TermDialog</name>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="49" />
            <source>New term</source>
            <translation>Término nuevo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="50" />
            <source>&amp;English:</source>
            <translation>&amp;Inglés:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="50" />
            <source>&amp;Spanish:</source>
            <translation>&amp;Español:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="50" />
            <source>&amp;Acronym (EN):</source>
            <translation>&amp;Siglas (inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="51" />
            <source>A&amp;cronym (ES):</source>
            <translation>Si&amp;glas (español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="51" />
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>TermbaseView</name>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="106" />
            <source>Agreed English and Spanish forms of names and terms. The checks report a term used in one language whose agreed equivalent is missing in the other; an accepted variant (another spelling, an acronym, the other word order; separated by “;”) counts as the term. Double-click a cell to edit it.</source>
            <translation>Formas acordadas en inglés y en español de nombres y términos. Las comprobaciones señalan un término usado en un idioma cuyo equivalente acordado falta en el otro; una variante aceptada (otra grafía, una sigla, el otro orden de las palabras; separadas por «;») cuenta como el término. Haga doble clic en una celda para editarla.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="112" />
            <source>Add &amp;term…</source>
            <translation>Agregar &amp;término…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="113" />
            <source>Delete te&amp;rm</source>
            <translation>Eli&amp;minar término</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="115" />
            <source>Agreed English and Spanish forms; F2 or a double-click edits a cell</source>
            <translation>Formas acordadas en inglés y en español; F2 o un doble clic edita una celda</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/termbase.py" line="114" />
            <location filename="../bescapp/ui/communique/termbase.py" line="131" />
            <source>Termbase</source>
            <translation>Glosario</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="198" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="199" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="200" />
            <source>Acronym (EN)</source>
            <translation>Sigla (EN)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="201" />
            <source>Acronym (ES)</source>
            <translation>Sigla (ES)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="202" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="203" />
            <source>Variants (EN)</source>
            <translation>Variantes (EN)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/communique/model.py" line="204" />
            <source>Variants (ES)</source>
            <translation>Variantes (ES)</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../bescapp/ui/actions/timeline.py" line="43" />
            <source>%1 — line created</source>
            <translation>%1 — línea creada</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/timeline.py" line="56" />
            <source>No status updates yet.</source>
            <translation>Aún no hay actualizaciones de estado.</translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="70" />
            <source>Record status update</source>
            <translation>Registrar actualización de estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="71" />
            <source>Edit status update</source>
            <translation>Editar actualización de estado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="72" />
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="72" />
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="72" />
            <source>&amp;Progress:</source>
            <translation>&amp;Avance:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="73" />
            <source>Note (&amp;English):</source>
            <translation>Nota (&amp;inglés):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="73" />
            <source>Note (&amp;Spanish):</source>
            <translation>Nota (e&amp;spañol):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/actions/update_dialog.py" line="80" />
            <source>unchanged</source>
            <translation>sin cambio</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="131" />
            <source>Add to the visit schedule</source>
            <translation>Agregar al programa de la visita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="132" />
            <source>Edit the visit schedule</source>
            <translation>Editar el programa de la visita</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="135" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="137" />
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="139" />
            <source>&amp;Starts:</source>
            <translation>&amp;Inicio:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="141" />
            <source>E&amp;nds:</source>
            <translation>&amp;Fin:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="143" />
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="144" />
            <source>at</source>
            <translation>a las</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="145" />
            <source>What</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="145" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="145" />
            <source>Who</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/row_dialogs.py" line="146" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>_Rows</name>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="104" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="105" />
            <source>De&amp;lete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="108" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/briefing/dialog.py" line="109" />
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
    </context>
</TS>